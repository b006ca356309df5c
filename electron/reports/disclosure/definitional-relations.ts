import { fiscalQuarterRange, nextFiscalQuarter, parseFiscalQuarterKey } from '../../../shared/domain/fiscal-quarter';
import { stakeholderCategories } from '../../../shared/domain/stakeholder-categories';
import { atoms, parseAtom } from './atom-keys';
import type { DisclosureFacts } from './disclosure-facts';
import type { Terms } from './terms';

export interface Relation {
  readonly terms: Terms;
  readonly lower: number;
  readonly upper: number;
}

export interface Relations {
  readonly relations: Relation[];
  /** True values of the model-only atoms the relations introduce. */
  readonly extraTruth: Map<string, number>;
}

/** The quarters whose participation or membership the given atoms touch. */
export function quartersTouched(atomKeys: Iterable<string>, facts: Pick<DisclosureFacts, 'quarterOfHeldMeeting'>) {
  const participation = new Set<string>();
  const membership = new Set<string>();
  for (const key of atomKeys) {
    const atom = parseAtom(key);
    if (atom.kind === 'P' || atom.kind === 'A') participation.add(atom.scope);
    if (atom.kind === 'M' || atom.kind === 'G') {
      const quarter = facts.quarterOfHeldMeeting.get(Number(atom.scope));
      if (quarter) participation.add(quarter);
    }
    if (atom.kind === 'J' || atom.kind === 'L') membership.add(atom.scope);
  }
  return { participation, membership };
}

/**
 * Every relation that holds by definition between the atoms, whatever the figures:
 * - a quarter's attendances are the sum over its held meetings of members present plus guests;
 * - a meeting's members present of a category are at most the quarter's participants of it;
 * - participants are at most the members' attendances (so at most the attendances);
 * - members at the start of a quarter + joined - left = members at its end, which is the start of
 *   the next quarter (one atom, so consecutive reports are linked);
 * - non-negativity is the columns' lower bound (linear-system.ts).
 * Held meetings whose minutes were never shared are summed into two atoms per category: the
 * attacker knows how many there are, each holds between 0 and the quarter's participants, so their
 * sum is anything from 0 to that many times the participants — exactly what the two atoms allow.
 */
export function definitionalRelations(cellAtoms: ReadonlySet<string>, facts: DisclosureFacts): Relations {
  const { participation, membership } = quartersTouched(cellAtoms, facts);
  const relations: Relation[] = [];
  const extraTruth = new Map<string, number>();
  const truthOf = (atom: string) => facts.truth.get(atom) ?? 0;

  for (const quarter of [...participation].sort()) {
    const held = facts.heldMeetingsByQuarter.get(quarter);
    if (!held) {
      // Facts without the quarter's meetings (a document checked on its own): participants <= attendances.
      for (const category of stakeholderCategories) {
        relations.push({
          terms: [[atoms.participants(quarter, category), 1], [atoms.attendances(quarter, category), -1]],
          lower: -Infinity,
          upper: 0,
        });
      }
      continue;
    }
    const published = held.filter((meetingId) =>
      stakeholderCategories.some(
        (category) => cellAtoms.has(atoms.present(meetingId, category)) || cellAtoms.has(atoms.guests(meetingId, category)),
      ),
    );
    const publishedSet = new Set(published);
    const unpublished = held.filter((meetingId) => !publishedSet.has(meetingId));
    for (const category of stakeholderCategories) {
      const participants = atoms.participants(quarter, category);
      const attendance: [string, number][] = [[atoms.attendances(quarter, category), 1]];
      const presences: [string, number][] = [];
      for (const meetingId of published) {
        attendance.push([atoms.present(meetingId, category), -1], [atoms.guests(meetingId, category), -1]);
        presences.push([atoms.present(meetingId, category), 1]);
        relations.push({ terms: [[atoms.present(meetingId, category), 1], [participants, -1]], lower: -Infinity, upper: 0 });
      }
      if (unpublished.length > 0) {
        const present = atoms.presentElsewhere(quarter, category);
        const guests = atoms.guestsElsewhere(quarter, category);
        extraTruth.set(present, unpublished.reduce((sum, id) => sum + truthOf(atoms.present(id, category)), 0));
        extraTruth.set(guests, unpublished.reduce((sum, id) => sum + truthOf(atoms.guests(id, category)), 0));
        attendance.push([present, -1], [guests, -1]);
        presences.push([present, 1]);
        relations.push({ terms: [[present, 1], [participants, -unpublished.length]], lower: -Infinity, upper: 0 });
      }
      relations.push({ terms: attendance, lower: 0, upper: 0 });
      relations.push({ terms: [[participants, 1], ...presences.map(([atom]) => [atom, -1] as const)], lower: -Infinity, upper: 0 });
    }
  }

  for (const quarter of [...membership].sort()) {
    const { startsOn } = fiscalQuarterRange(parseFiscalQuarterKey(quarter));
    const { startsOn: nextStartsOn } = fiscalQuarterRange(nextFiscalQuarter(parseFiscalQuarterKey(quarter)));
    for (const category of stakeholderCategories) {
      relations.push({
        terms: [
          [atoms.membersOn(startsOn, category), 1],
          [atoms.joined(quarter, category), 1],
          [atoms.left(quarter, category), -1],
          [atoms.membersOn(nextStartsOn, category), -1],
        ],
        lower: 0,
        upper: 0,
      });
    }
  }
  return { relations, extraTruth };
}
