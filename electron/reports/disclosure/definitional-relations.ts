import { fiscalQuarterRange, nextFiscalQuarter, parseFiscalQuarterKey } from '../../../shared/domain/fiscal-quarter';
import { stakeholderCategories } from '../../../shared/domain/stakeholder-categories';
import { fundingStreams } from '../../../shared/domain/funding/codes';
import { atoms, parseAtom } from './atom-keys';
import type { DisclosureFacts } from './disclosure-facts';
import type { Terms } from './terms';

export interface Relation {
  readonly terms: Terms;
  readonly lower: number;
  readonly upper: number;
}

/** The quarters whose participation or membership the given atoms touch. */
export function quartersTouched(atomKeys: Iterable<string>, facts: Pick<DisclosureFacts, 'quarterOfHeldMeeting'>) {
  const participation = new Set<string>();
  const membership = new Set<string>();
  const funding = new Set<string>();
  for (const key of atomKeys) {
    const atom = parseAtom(key);
    if (atom.kind === 'P' || atom.kind === 'A') participation.add(atom.scope);
    if (atom.kind === 'M' || atom.kind === 'G') {
      const quarter = facts.quarterOfHeldMeeting.get(Number(atom.scope));
      if (quarter) participation.add(quarter);
    }
    if (atom.kind === 'J' || atom.kind === 'L') membership.add(atom.scope);
    if (atom.kind === 'FW') funding.add(atom.scope);
  }
  return { participation, membership, funding };
}

/**
 * Every relation that holds by definition between the atoms, whatever the figures:
 * - a quarter's attendances are the sum over its held meetings of members present plus guests
 *   (every held meeting, its minutes shared or not: the report says how many were held);
 * - a meeting's members present of a category are at most the quarter's participants of it;
 * - participants are at most the members' attendances (so at most the attendances);
 * - members at the start of a quarter + joined - left = members at its end, which is the start of
 *   the next quarter (one atom, so consecutive reports are linked);
 * - the migrant-worker organisations of all funding streams are at least those of each stream and
 *   at most their sum (an organisation may work in several streams, and is counted once overall);
 * - non-negativity is the atoms' lower bound (disclosure-model.ts).
 */
export function definitionalRelations(cellAtoms: ReadonlySet<string>, facts: DisclosureFacts): Relation[] {
  const { participation, membership, funding } = quartersTouched(cellAtoms, facts);
  const relations: Relation[] = [];
  for (const quarter of [...participation].sort()) {
    const held = facts.heldMeetingsByQuarter.get(quarter);
    for (const category of stakeholderCategories) {
      const participants = atoms.participants(quarter, category);
      if (!held) {
        // Facts without the quarter's meetings (a document checked on its own): participants <= attendances.
        relations.push({ terms: [[participants, 1], [atoms.attendances(quarter, category), -1]], lower: -Infinity, upper: 0 });
        continue;
      }
      const attendance: [string, number][] = [[atoms.attendances(quarter, category), 1]];
      const presences: [string, number][] = [[participants, 1]];
      for (const meetingId of held) {
        const present = atoms.present(meetingId, category);
        attendance.push([present, -1], [atoms.guests(meetingId, category), -1]);
        presences.push([present, -1]);
        relations.push({ terms: [[present, 1], [participants, -1]], lower: -Infinity, upper: 0 });
      }
      relations.push({ terms: attendance, lower: 0, upper: 0 });
      relations.push({ terms: presences, lower: -Infinity, upper: 0 });
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
  for (const quarter of [...funding].sort()) {
    const all = atoms.workerOrganisations(quarter, 'all');
    const streams = fundingStreams.map((stream) => atoms.workerOrganisations(quarter, stream));
    for (const stream of streams) relations.push({ terms: [[stream, 1], [all, -1]], lower: -Infinity, upper: 0 });
    relations.push({ terms: [[all, 1], ...streams.map((stream) => [stream, -1] as const)], lower: -Infinity, upper: 0 });
  }
  return relations;
}
