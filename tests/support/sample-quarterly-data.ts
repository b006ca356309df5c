import { stakeholderCategories } from '../../shared/domain/stakeholder-categories';
import type { DocumentDisclosure } from '../../electron/reports/privacy';
import { quarterlyCells } from '../../electron/reports/quarterly/quarterly-cells';
import type { QuarterlyReportData } from '../../electron/reports/quarterly/quarterly-report-data';
import type { FundingSection } from '../../electron/reports/quarterly/funding/funding-section-data';
import { standaloneDisclosure } from './standalone-disclosure';

const noMoney = { approvedCents: 0, claimedCents: 0, paidCents: 0, claimedToDateCents: 0, paidToDateCents: 0 };

/** Agreements in three streams; the community-action stream names few migrant-worker organisations. */
export function sampleFundingSection(): FundingSection {
  return {
    byStream: [
      { stream: 'policy', agreements: 1, ...noMoney, approvedCents: 4_000_000, workerOrganisations: 1 },
      {
        stream: 'community_action',
        agreements: 2,
        approvedCents: 21_450_000,
        claimedCents: 5_450_000,
        paidCents: 5_450_000,
        claimedToDateCents: 5_450_000,
        paidToDateCents: 11_450_000,
        workerOrganisations: 3,
      },
      { stream: 'capacity_building', agreements: 1, ...noMoney, approvedCents: 9_500_000, paidToDateCents: 6_880_000, workerOrganisations: 12 },
      { stream: 'other', agreements: 0, ...noMoney, workerOrganisations: 0 },
    ],
    workerOrganisations: 14,
    smallerLargerPartnerships: 11,
    reports: [
      { kind: 'interim_report', due: 2, received: 1, overdue: 1 },
      { kind: 'final_report', due: 0, received: 0, overdue: 0 },
    ],
  };
}

/** A hand-written quarter with small counts in the migrant-worker rows, so suppression shows. */
export function sampleQuarterlyData(overrides: Partial<QuarterlyReportData> = {}): QuarterlyReportData {
  const participants = [42, 7, 25, 18, 12, 3, 0, 11, 9, 14, 20, 30];
  const attendances = [120, 15, 70, 40, 33, 5, 0, 22, 12, 30, 41, 66];
  const membership = stakeholderCategories.map((category, index) => {
    const atStart = 20 + index * 5;
    const joined = index % 3 === 0 ? 4 : 12;
    const left = index % 4 === 0 ? 2 : 0;
    return { category, atStart, joined, left, atEnd: atStart + joined - left };
  });
  return {
    networkName: 'Migrant Worker Support Network',
    province: null,
    quarter: { fiscalYear: 2026, quarter: 3 },
    startsOn: '2026-10-01',
    endsOn: '2026-12-31',
    generatedOn: '2027-01-15',
    status: 'draft',
    suppressionThreshold: 10,
    meetingsByKind: [
      { kind: 'plenary', held: 1, atWorkerFriendlyTimes: 1 },
      { kind: 'working_group', held: 9, atWorkerFriendlyTimes: 6 },
      { kind: 'workers_forum', held: 2, atWorkerFriendlyTimes: 2 },
    ],
    participationByCategory: stakeholderCategories.map((category, index) => ({
      category,
      participants: participants[index]!,
      attendances: attendances[index]!,
    })),
    interpretationByLanguage: [
      { language: 'es', users: 38, sessions: 6, minutes: 720, costCents: 151_200 },
      { language: 'tl', users: 21, sessions: 4, minutes: 390, costCents: 81_900 },
      { language: 'pa', users: 12, sessions: 3, minutes: 270, costCents: 60_750 },
    ],
    recommendationsByKind: [
      { kind: 'policy', drafted: 5, tabled: 4, adopted: 3, rejected: 0, deferred: 1, governmentResponses: 2 },
      { kind: 'funding', drafted: 2, tabled: 2, adopted: 1, rejected: 1, deferred: 0, governmentResponses: 1 },
    ],
    actionItems: { opened: 17, closed: 11 },
    membershipByCategory: membership,
    funding: sampleFundingSection(),
    narrative: {
      highlights:
        'Evening plenary in Abbotsford drew our largest worker turnout.\nSpanish and Tagalog interpretation at every meeting.',
      challenges: 'Harvest peak in October kept many workers away.',
      lessonsLearned: 'Saturday mornings work better than weekday evenings in the Fraser Valley.',
    },
    ...overrides,
  };
}

/** The audit's decision for a hand-written quarter checked on its own (no ledger, no earlier releases). */
export function sampleDisclosure(data: QuarterlyReportData): Promise<DocumentDisclosure> {
  const cells = quarterlyCells(data);
  return standaloneDisclosure(cells.counts, cells.truth, cells.threshold);
}
