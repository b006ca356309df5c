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

/** A migrant worker without an alias still must not be named: a neutral label stands in. */
function aliasOrStandIn(person: NameablePerson): string {
  return person.alias ?? `#${person.id}`;
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
