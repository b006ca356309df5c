import { fiscalQuarterRange, nextFiscalQuarter, parseFiscalQuarterKey } from '../../../shared/domain/fiscal-quarter';
import { stakeholderCategories } from '../../../shared/domain/stakeholder-categories';
import { fundingStreams } from '../../../shared/domain/funding/codes';
import { atoms, parseAtom } from './atom-keys';
import type { DisclosureFacts } from './disclosure-facts';
import { provincialRelations } from './provincial-relations';
import { atMost, atMostSum, type Relation } from './relation';

export type { Relation } from './relation';

/**
 * The quarters whose participation, membership or funding the given atoms touch, and those whose
 * provincial figures they touch (with the provinces they name): only these get relations, to keep
 * the attacker's system as small as the documents involved.
 */
export function quartersTouched(atomKeys: Iterable<string>, facts: Pick<DisclosureFacts, 'quarterOfHeldMeeting'>) {
  const participation = new Set<string>();
  const membership = new Set<string>();
  const funding = new Set<string>();
  const provincial = { participation: new Set<string>(), membership: new Set<string>(), funding: new Set<string>() };
  const provinces = new Set<string>();
  for (const key of atomKeys) {
    const atom = parseAtom(key);
    if (atom.province !== null) provinces.add(atom.province);
    if (atom.kind === 'P' || atom.kind === 'A') participation.add(atom.scope);
    if (atom.kind === 'M' || atom.kind === 'G') {
      const quarter = facts.quarterOfHeldMeeting.get(Number(atom.scope));
      if (quarter) participation.add(quarter);
    }
    if (atom.kind === 'J' || atom.kind === 'L') membership.add(atom.scope);
    if (atom.kind === 'FW') funding.add(atom.scope);
    if (atom.kind === 'PP' || atom.kind === 'PA') provincial.participation.add(atom.scope);
    if (atom.kind === 'PJ' || atom.kind === 'PL') provincial.membership.add(atom.scope);
    if (atom.kind === 'PFW' || atom.kind === 'PFP') provincial.funding.add(atom.scope);
  }
  return { participation, membership, funding, provincial, provinces };
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
 * - for quarters a provincial figure touches, the same within each province and the ties between
 *   the network's figures and the provinces' (provincialRelations);
 * - non-negativity is the atoms' lower bound (disclosure-model.ts).
 */
export function definitionalRelations(cellAtoms: ReadonlySet<string>, facts: DisclosureFacts): Relation[] {
  const touched = quartersTouched(cellAtoms, facts);
  const { participation, membership, funding, provincial } = touched;
  if (facts.provincesInUse.length > 0) {
    // Read from the ledger, provincial figures are tied to the network's: a quarter touched by one is touched by both.
    provincial.participation.forEach((quarter) => participation.add(quarter));
    provincial.membership.forEach((quarter) => membership.add(quarter));
    provincial.funding.forEach((quarter) => funding.add(quarter));
  }
  const relations: Relation[] = [];
  for (const quarter of [...participation].sort()) {
    const held = facts.heldMeetingsByQuarter.get(quarter);
    for (const category of stakeholderCategories) {
      const participants = atoms.participants(quarter, category);
      if (!held) {
        // Facts without the quarter's meetings (a document checked on its own): participants <= attendances.
        relations.push(atMost(participants, atoms.attendances(quarter, category)));
        continue;
      }
      const attendance: [string, number][] = [[atoms.attendances(quarter, category), 1]];
      const presences: [string, number][] = [[participants, 1]];
      for (const meetingId of held) {
        const present = atoms.present(meetingId, category);
        attendance.push([present, -1], [atoms.guests(meetingId, category), -1]);
        presences.push([present, -1]);
        relations.push(atMost(present, participants));
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
    for (const stream of streams) relations.push(atMost(stream, all));
    relations.push(atMostSum(all, streams));
  }
  relations.push(...provincialRelations(touched, facts));
  return relations;
}
