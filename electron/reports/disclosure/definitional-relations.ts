import { fiscalQuarterRange, nextFiscalQuarter, parseFiscalQuarterKey } from '../../../shared/domain/fiscal-quarter';
import { stakeholderCategories } from '../../../shared/domain/stakeholder-categories';
import { fundingStreams } from '../../../shared/domain/funding/codes';
import { atoms, parseAtom, provincialAtoms as inProvince } from './atom-keys';
import type { DisclosureFacts } from './disclosure-facts';
import type { Terms } from './terms';

export interface Relation {
  readonly terms: Terms;
  readonly lower: number;
  readonly upper: number;
}

const at = (terms: Terms, upper: number): Relation => ({ terms, lower: -Infinity, upper });
const equal = (terms: Terms): Relation => ({ terms, lower: 0, upper: 0 });
/** left <= right. */
const atMost = (left: string, right: string): Relation => at([[left, 1], [right, -1]], 0);
/** whole = sum of the parts. */
const sumIs = (whole: string, parts: readonly string[]): Relation => equal([[whole, 1], ...parts.map((part) => [part, -1] as const)]);
/** whole <= sum of the parts. */
const atMostSum = (whole: string, parts: readonly string[]): Relation => at([[whole, 1], ...parts.map((part) => [part, -1] as const)], 0);

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

/**
 * Within a province, and between the network and its provinces, for the quarters a provincial
 * figure touches. Provinces: those with a member, an organisation or a meeting, and any a cell names
 * (every other one's figures are zero, so the network's are sums or bounds over these).
 * - participation: a province's attendances are the sum over its held meetings of members present
 *   plus guests (so the network's are the sum of the provinces'); a meeting's members present are at
 *   most its province's participants, who are at most the sum of its meetings' present; the
 *   network's participants are at least each province's and at most their sum (a member may attend
 *   meetings in several provinces, counted once in the network);
 * - membership: within each province start + joined - left = end; the network's members on a day,
 *   joined and left are the sums of the provinces' (a member has one province);
 * - funding: within a province the organisations of all streams are at least those of each stream
 *   and at most their sum; the network's migrant-worker organisations of a stream (and of all) are
 *   the sums of the provinces' (an organisation has one province); the network's partnerships are
 *   at least each province's and at most their sum (a pair across two provinces is in both).
 */
function provincialRelations(touched: ReturnType<typeof quartersTouched>, facts: DisclosureFacts): Relation[] {
  const relations: Relation[] = [];
  // Facts read from the ledger know every province in use; facts of a document checked on its own
  // know only its figures, and get only the relations within its provinces.
  const tied = facts.provincesInUse.length > 0;
  const everywhere = [...new Set([...facts.provincesInUse, ...touched.provinces])].sort();
  for (const quarter of [...touched.provincial.participation].sort()) {
    const held = facts.heldMeetingsByQuarter.get(quarter);
    for (const category of stakeholderCategories) {
      if (!held || !tied) {
        for (const province of touched.provinces) {
          relations.push(atMost(inProvince.participants(quarter, province, category), inProvince.attendances(quarter, province, category)));
        }
        continue;
      }
      // Provinces without a held meeting in the quarter had no participants: only those named need atoms.
      const provinces = [...new Set([...touched.provinces, ...held.map((id) => facts.provinceOfHeldMeeting.get(id)!)])].sort();
      const national = atoms.participants(quarter, category);
      const participantsIn = provinces.map((province) => inProvince.participants(quarter, province, category));
      for (const [index, province] of provinces.entries()) {
        const participants = participantsIn[index]!;
        const meetings = held.filter((id) => facts.provinceOfHeldMeeting.get(id) === province);
        const present = meetings.map((id) => atoms.present(id, category));
        relations.push(sumIs(inProvince.attendances(quarter, province, category), [...present, ...meetings.map((id) => atoms.guests(id, category))]));
        for (const atom of present) relations.push(atMost(atom, participants));
        relations.push(atMostSum(participants, present));
        relations.push(atMost(participants, national));
      }
      relations.push(atMostSum(national, participantsIn));
    }
  }
  const days = new Set<string>();
  for (const quarter of [...touched.provincial.membership].sort()) {
    const { startsOn } = fiscalQuarterRange(parseFiscalQuarterKey(quarter));
    const { startsOn: nextStartsOn } = fiscalQuarterRange(nextFiscalQuarter(parseFiscalQuarterKey(quarter)));
    for (const category of stakeholderCategories) {
      for (const province of everywhere) {
        relations.push(
          equal([
            [inProvince.membersOn(startsOn, province, category), 1],
            [inProvince.joined(quarter, province, category), 1],
            [inProvince.left(quarter, province, category), -1],
            [inProvince.membersOn(nextStartsOn, province, category), -1],
          ]),
        );
      }
      if (!tied) continue;
      const sumOver = (whole: string, part: (province: string) => string) => relations.push(sumIs(whole, everywhere.map(part)));
      sumOver(atoms.joined(quarter, category), (province) => inProvince.joined(quarter, province, category));
      sumOver(atoms.left(quarter, category), (province) => inProvince.left(quarter, province, category));
      for (const day of [startsOn, nextStartsOn]) {
        if (!days.has(`${day}:${category}`)) sumOver(atoms.membersOn(day, category), (province) => inProvince.membersOn(day, province, category));
        days.add(`${day}:${category}`);
      }
    }
  }
  for (const quarter of [...touched.provincial.funding].sort()) {
    for (const province of everywhere) {
      const all = inProvince.workerOrganisations(quarter, province, 'all');
      const streams = fundingStreams.map((stream) => inProvince.workerOrganisations(quarter, province, stream));
      for (const stream of streams) relations.push(atMost(stream, all));
      relations.push(atMostSum(all, streams));
      if (tied) relations.push(atMost(inProvince.smallerLargerPairs(quarter, province), atoms.smallerLargerPairs(quarter)));
    }
    if (!tied) continue;
    for (const stream of [...fundingStreams, 'all']) {
      relations.push(sumIs(atoms.workerOrganisations(quarter, stream), everywhere.map((province) => inProvince.workerOrganisations(quarter, province, stream))));
    }
    relations.push(atMostSum(atoms.smallerLargerPairs(quarter), everywhere.map((province) => inProvince.smallerLargerPairs(quarter, province))));
  }
  return relations;
}
