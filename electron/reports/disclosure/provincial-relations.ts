import { fiscalQuarterRange, nextFiscalQuarter, parseFiscalQuarterKey } from '../../../shared/domain/fiscal-quarter';
import { fundingStreams } from '../../../shared/domain/funding/codes';
import { stakeholderCategories } from '../../../shared/domain/stakeholder-categories';
import { atoms, provincialAtoms as inProvince } from './atom-keys';
import type { quartersTouched } from './definitional-relations';
import type { DisclosureFacts } from './disclosure-facts';
import { atMost, atMostSum, equal, sumIs, type Relation } from './relation';

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
export function provincialRelations(touched: ReturnType<typeof quartersTouched>, facts: DisclosureFacts): Relation[] {
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
