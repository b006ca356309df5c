import type { FiscalQuarter } from '../../../shared/domain/fiscal-quarter';
import type { LanguageCode } from '../../../shared/domain/languages';
import type { ProvinceCode } from '../../../shared/domain/provinces';
import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import type { FundingSection } from './funding/funding-section-data';

/**
 * Everything the quarterly report says, gathered from the ledger (quarterly-report-query.ts) or
 * written by hand in tests. Counts are true counts: the builders suppress them.
 */
export interface QuarterlyReportData {
  readonly networkName: string;
  /** The province or territory a provincial report covers; null for the national report (quarterly-report-query.ts). */
  readonly province: ProvinceCode | null;
  readonly quarter: FiscalQuarter;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly generatedOn: string;
  readonly status: 'draft' | 'final';
  readonly suppressionThreshold: number;
  readonly meetingsByKind: ReadonlyArray<{ kind: string; held: number; atWorkerFriendlyTimes: number }>;
  /** Every stakeholder category, in the order of stakeholderCategories. */
  readonly participationByCategory: ReadonlyArray<{
    category: StakeholderCategory;
    participants: number;
    attendances: number;
  }>;
  readonly interpretationByLanguage: ReadonlyArray<{
    language: LanguageCode;
    /** Distinct members who used the language at the quarter's held meetings: never printed, decides folding. */
    users: number;
    sessions: number;
    minutes: number;
    costCents: number;
  }>;
  readonly recommendationsByKind: ReadonlyArray<{
    kind: string;
    drafted: number;
    tabled: number;
    adopted: number;
    rejected: number;
    deferred: number;
    governmentResponses: number;
  }>;
  readonly actionItems: { readonly opened: number; readonly closed: number };
  /** Every stakeholder category; each row balances: atStart + joined - left = atEnd. */
  readonly membershipByCategory: ReadonlyArray<{
    category: StakeholderCategory;
    atStart: number;
    joined: number;
    left: number;
    atEnd: number;
  }>;
  /** The funding program in the quarter: money as it is, counts of organisations for the audit. */
  readonly funding: FundingSection;
  readonly narrative: { readonly highlights: string; readonly challenges: string; readonly lessonsLearned: string };
}
