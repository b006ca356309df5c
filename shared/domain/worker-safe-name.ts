import { isMigrantWorkerCategory, type StakeholderCategory } from './stakeholder-categories';

export interface NameablePerson {
  id: number;
  displayName: string;
  alias: string | null;
  category: StakeholderCategory;
  mayBeNamed: boolean;
  /** A withdrawn member's name and alias are erased: the neutral label in displayName is all there is. */
  withdrawn?: boolean;
}

/**
 * Every migrant worker has an alias (the member schema requires it, imports and a migration assign
 * one). Should a ledger still hold one without, a dash stands in: never the name, and never a
 * number such as "#3" that a reader could match to other records.
 */
export const missingAliasStandIn = '\u2014';

function aliasOrStandIn(person: NameablePerson): string {
  return person.alias ?? missingAliasStandIn;
}

/**
 * Agendas and roll calls travel in packets: migrant workers always appear by alias there,
 * whatever their consent, because a packet is forwarded beyond the room.
 */
export function nameOnAgenda(person: NameablePerson): { name: string; isAlias: boolean } {
  if (person.withdrawn) return { name: person.displayName, isAlias: false };
  if (!isMigrantWorkerCategory(person.category)) return { name: person.displayName, isAlias: false };
  return { name: aliasOrStandIn(person), isAlias: true };
}

/** Testimony in minutes: the alias unless the consent register lets the worker be named. */
export function nameInTestimony(person: NameablePerson): { name: string; isAlias: boolean } {
  if (person.withdrawn) return { name: person.displayName, isAlias: false };
  if (!isMigrantWorkerCategory(person.category) || person.mayBeNamed)
    return { name: person.displayName, isAlias: false };
  return { name: aliasOrStandIn(person), isAlias: true };
}

/**
 * Anything else the minutes record a member doing (moving or seconding a motion): the same rule as
 * testimony, so one consent decides how a worker appears throughout the minutes.
 */
export const nameInMinutes = nameInTestimony;

/**
 * The name a notice's mailing list gives: the alias when the member is not to be named (a migrant
 * worker always, anyone else who chose an alias), the name otherwise. A worker of an older ledger
 * with neither consent nor alias gets no name at all: a mail tool addresses them by email alone,
 * rather than by the stand-in documents use, which would look odd in their inbox.
 */
export function nameOnMailingList(person: NameablePerson): string {
  if (person.mayBeNamed) return person.displayName;
  if (person.alias) return person.alias;
  return isMigrantWorkerCategory(person.category) ? '' : person.displayName;
}
