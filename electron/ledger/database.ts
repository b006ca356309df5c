import type { Kysely, Transaction } from 'kysely';
import type { AuditLogTable } from './audit/audit-table';
import type { QuarterlyNarrativesTable } from './reports/quarterly-narratives-table';
import type { ReportReleaseCellsTable, ReportReleasesTable } from './reports/release-register-table';
import type { AppSettingsTable } from './settings/settings-repository';
import type {
  RecommendationEventsTable,
  RecommendationFollowUpsTable,
  RecommendationsTable,
  RecommendationVersionsTable,
} from './recommendations/recommendations-table';
import type { VoteBallotsTable, VoteCategoryTalliesTable, VoteCorrectionsTable, VotesTable } from './votes/votes-table';
import type { MemberLanguagesTable, MembersTable, OrganisationsTable } from './members/members-table';
import type { WorkingGroupMembersTable, WorkingGroupsTable } from './working-groups/working-groups-table';
import type { MemberConsentsTable } from './consent/consent-table';
import type {
  AgendaItemsTable,
  MeetingAttendanceTable,
  MeetingGuestsTable,
  MeetingsTable,
} from './meetings/meetings-table';
import type { InterpretationBookingsTable } from './meetings/interpretation-table';
import type { ImportValueMappingsTable } from './imports/value-mapping-repository';
import type { MeetingCalendarEntriesTable, NoticeLogTable, NoticeTemplatesTable } from './notices/notices-table';
import type {
  ActionItemsTable,
  MinutesAmendmentsTable,
  MinutesSectionsTable,
  MinutesTable,
  MinutesTestimoniesTable,
} from './meetings/minutes-table';
import type {
  FundingAgreementOrganisationsTable,
  FundingAgreementsTable,
  FundingAmendmentsTable,
  FundingClaimsTable,
  FundingDeliverablesTable,
  FundingInstalmentsTable,
  FundingPaymentsTable,
} from './funding/funding-tables';

/** Every table the app's queries may touch, composed from each area's table file. */
export interface Database {
  organisations: OrganisationsTable;
  members: MembersTable;
  member_languages: MemberLanguagesTable;
  audit_log: AuditLogTable;
  app_settings: AppSettingsTable;
  working_groups: WorkingGroupsTable;
  working_group_members: WorkingGroupMembersTable;
  member_consents: MemberConsentsTable;
  meetings: MeetingsTable;
  agenda_items: AgendaItemsTable;
  meeting_attendance: MeetingAttendanceTable;
  meeting_guests: MeetingGuestsTable;
  interpretation_bookings: InterpretationBookingsTable;
  minutes: MinutesTable;
  minutes_sections: MinutesSectionsTable;
  minutes_testimonies: MinutesTestimoniesTable;
  action_items: ActionItemsTable;
  minutes_amendments: MinutesAmendmentsTable;
  quarterly_narratives: QuarterlyNarrativesTable;
  report_releases: ReportReleasesTable;
  report_release_cells: ReportReleaseCellsTable;
  /** FTS5 virtual table whose rowid is the member id; see sqlite/member-search-index.ts. */
  member_search: { rowid: number; folded_text: string };
  member_search_grams: { rowid: number; grams: string };
  recommendations: RecommendationsTable;
  recommendation_follow_ups: RecommendationFollowUpsTable;
  recommendation_events: RecommendationEventsTable;
  recommendation_versions: RecommendationVersionsTable;
  votes: VotesTable;
  vote_corrections: VoteCorrectionsTable;
  vote_ballots: VoteBallotsTable;
  vote_category_tallies: VoteCategoryTalliesTable;
  funding_agreements: FundingAgreementsTable;
  funding_agreement_organisations: FundingAgreementOrganisationsTable;
  funding_amendments: FundingAmendmentsTable;
  funding_instalments: FundingInstalmentsTable;
  funding_claims: FundingClaimsTable;
  funding_payments: FundingPaymentsTable;
  funding_deliverables: FundingDeliverablesTable;
  import_value_mappings: ImportValueMappingsTable;
  notice_templates: NoticeTemplatesTable;
  meeting_calendar_entries: MeetingCalendarEntriesTable;
  notice_log: NoticeLogTable;
}

export type LedgerDb = Kysely<Database>;
/** What repository functions take, so services decide where transactions begin. */
export type Executor = Kysely<Database> | Transaction<Database>;
