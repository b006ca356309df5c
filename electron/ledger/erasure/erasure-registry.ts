/**
 * The one list of every column of the ledger that can hold text, and what a member's withdrawal does
 * to it. erase-member.ts is driven by it for the live ledger and for every backup alike, and
 * tests/unit/erasure/erasure-registry.test.ts enumerates the migrated schema: a new column that is in
 * neither group fails that test, so it cannot escape erasure by being forgotten.
 */

/** Columns that may hold words someone typed or pasted, so a withdrawn member's name. */
export type FreeTextRole =
  /** The name or contact of whoever the row is: on the withdrawn member's own row, cleared (the label
   *  where it cannot be empty). On anyone else's row (another member, an organisation) it is their own
   *  identity, and a namesake is someone else: it stays. */
  | 'identity'
  /** Written about the person on their own row: cleared. On other rows it may name them: scrubbed. */
  | 'about-person'
  /** Typed by the coordinator: the member's names, email and phone are replaced by their label. */
  | 'typed'
  /** JSON whose strings may be typed text (settings): names replaced inside the strings, keys kept. */
  | 'typed-json'
  /** The audit log's diffs: see scrub-audit-changes.ts. */
  | 'audit-changes'
  /** The search index (rowid = member id), folded from identity columns: the member's entry goes; the
   *  others are derived from other people's identity, like their identity columns they stay. */
  | 'search-text';

/** Columns that never hold typed words, declared so the schema test can tell them from forgotten ones. */
export type FixedRole =
  /** One value of a fixed list written by the app: a status, kind, category, language or method code. */
  | 'code'
  /** An ISO date or timestamp written by the app. */
  | 'date'
  /** An identifier written by the app: setting and quarter keys, migration and table names, the computer account. */
  | 'key'
  /** Personal but never a name (their organisation, preferred language): cleared on their own row only. */
  | 'personal-detail'
  /** A member id outside the member's own row (an organisation's member record): unlinked, never text. */
  | 'member-link'
  /** SQLite's FTS5 bookkeeping, derived from search-text and rebuilt with it (segments merged after erasure). */
  | 'index-internal';

export type ColumnRole = FreeTextRole | FixedRole;

export interface TableErasure {
  /** The column naming the person each row is about, and whether their rows are cleared or deleted. */
  readonly owner?: { readonly column: string; readonly rows: 'cleared' | 'deleted' };
  readonly columns: Readonly<Record<string, ColumnRole>>;
}

const stamps = { created_at: 'date', updated_at: 'date' } as const;

export const erasureRegistry: Readonly<Record<string, TableErasure>> = {
  members: {
    owner: { column: 'id', rows: 'cleared' },
    columns: {
      kind: 'code', display_name: 'identity', alias: 'identity', category: 'code', organisation_id: 'personal-detail',
      preferred_language: 'personal-detail', email: 'identity', phone: 'identity', joined_on: 'date', left_on: 'date',
      notes: 'about-person', withdrawn_at: 'date', province: 'code', ...stamps,
    },
  },
  member_consents: {
    owner: { column: 'member_id', rows: 'cleared' },
    columns: { given_on: 'date', method: 'code', note: 'about-person', recorded_at: 'date' },
  },
  member_languages: { owner: { column: 'member_id', rows: 'deleted' }, columns: { language_code: 'code' } },
  member_search: { owner: { column: 'rowid', rows: 'deleted' }, columns: { folded_text: 'search-text', name_key: 'search-text' } },
  member_search_grams: { owner: { column: 'rowid', rows: 'deleted' }, columns: { grams: 'search-text' } },
  organisations: {
    columns: {
      name: 'identity', category: 'code', size: 'code', city: 'typed', website: 'typed', member_id: 'member-link', province: 'code',
      ...stamps,
    },
  },
  working_groups: { columns: { name: 'typed', mandate: 'typed', status: 'code', province: 'code', ...stamps } },
  working_group_members: { columns: { role: 'code', start_on: 'date', end_on: 'date', ...stamps } },
  meetings: {
    columns: {
      kind: 'code', title: 'typed', held_on: 'date', starts_at: 'date', ends_at: 'date', place: 'typed',
      online_link: 'typed', status: 'code', packet_generated_at: 'date', notes: 'typed', province: 'code', time_zone: 'code', ...stamps,
    },
  },
  agenda_items: { columns: { kind: 'code', title: 'typed', ...stamps } },
  meeting_attendance: { columns: { presence: 'code', interpretation_language: 'code', updated_at: 'date' } },
  meeting_guests: { columns: { category: 'code' } },
  interpretation_bookings: {
    columns: { language_code: 'code', mode: 'code', provider: 'typed', contact: 'typed', status: 'code', notes: 'typed', ...stamps },
  },
  minutes: { columns: { status: 'code', circulated_on: 'date', approved_on: 'date', ...stamps } },
  minutes_sections: { columns: { kind: 'code', heading: 'typed', notes: 'typed', decisions: 'typed' } },
  minutes_testimonies: { columns: { summary: 'typed', created_at: 'date' } },
  action_items: {
    // The owner's name typed beside the link to them is about them; the task itself is typed text.
    owner: { column: 'owner_member_id', rows: 'cleared' },
    columns: { description: 'typed', owner_name: 'about-person', due_on: 'date', status: 'code', closed_on: 'date', ...stamps },
  },
  minutes_amendments: { columns: { amended_on: 'date', reason: 'typed', text: 'typed', created_at: 'date' } },
  recommendations: {
    columns: {
      kind: 'code', title: 'typed', text: 'typed', rationale: 'typed', working_group_name: 'typed', drafted_on: 'date',
      status: 'code', status_on: 'date', implementation_status: 'code', ...stamps,
    },
  },
  recommendation_follow_ups: {
    columns: { sent_to: 'typed', recipient_kind: 'code', sent_on: 'date', response: 'typed', response_on: 'date', ...stamps },
  },
  recommendation_events: {
    columns: { kind: 'code', from_value: 'typed', to_value: 'typed', occurred_on: 'date', note: 'typed', recorded_at: 'date' },
  },
  recommendation_versions: { columns: { text: 'typed', source: 'code', made_on: 'date', recorded_at: 'date' } },
  votes: {
    columns: {
      motion_kind: 'code', procedure: 'code', motion_title: 'typed', motion_text: 'typed', method: 'code', rule: 'code',
      result: 'code', note: 'typed', recorded_at: 'date', voided_at: 'date', void_reason: 'typed',
    },
  },
  vote_corrections: {
    columns: {
      kind: 'code', reason: 'typed', corrected_on: 'date', before_result: 'code', after_result: 'code', recorded_at: 'date',
    },
  },
  vote_ballots: { columns: { choice: 'code' } },
  vote_category_tallies: { columns: { category: 'code' } },
  quarterly_narratives: {
    columns: {
      quarter_key: 'key', highlights: 'typed', challenges: 'typed', lessons_learned: 'typed', highlights_fr: 'typed',
      challenges_fr: 'typed', lessons_learned_fr: 'typed', updated_at: 'date',
    },
  },
  // The release register holds no names: the app writes every text of it from codes, dates, counts and
  // atom keys (file names too: "minutes-shared-2026-03-05-42.docx"), never a title or typed text.
  report_releases: {
    columns: {
      document_kind: 'code', document_key: 'key', audience: 'code', period: 'key', format: 'code', language: 'code',
      status: 'code', file_name: 'key', file_sha256: 'key', released_at: 'date',
    },
  },
  report_release_cells: {
    columns: { table_key: 'key', row_key: 'key', column_key: 'key', period: 'key', state: 'code', marker: 'code', terms: 'key' },
  },
  // The funding program: titles, purposes, reasons and notes are typed ("Maria's group will..."), so scrubbed.
  funding_agreements: {
    columns: {
      title: 'typed', stream: 'code', purpose: 'typed', starts_on: 'date', ends_on: 'date', status: 'code', notes: 'typed',
      ...stamps,
    },
  },
  funding_agreement_organisations: { columns: { role: 'code' } },
  funding_amendments: { columns: { amended_on: 'date', reason: 'typed', created_at: 'date' } },
  funding_instalments: { columns: { due_on: 'date', note: 'typed', ...stamps } },
  funding_claims: { columns: { received_on: 'date', period_from: 'date', period_to: 'date', note: 'typed', ...stamps } },
  funding_payments: { columns: { paid_on: 'date', note: 'typed', ...stamps } },
  funding_deliverables: {
    columns: { kind: 'code', description: 'typed', due_on: 'date', received_on: 'date', note: 'typed', ...stamps },
  },
  app_settings: { columns: { key: 'key', value: 'typed-json', updated_at: 'date' } },
  // A sheet's own wording for a category or language ("MW", "Filipino"), folded: typed, so scrubbed.
  import_value_mappings: { columns: { field: 'code', folded_value: 'typed', code: 'code', updated_at: 'date' } },
  // Notice texts the coordinator wrote (any language): typed, so a name in them is scrubbed.
  notice_templates: {
    columns: { meeting_kind: 'code', purpose: 'code', language_code: 'code', subject: 'typed', body: 'typed', ...stamps },
  },
  // A random UID; the log's languages are JSON of codes and counts. Neither keeps anything derived from a
  // meeting's words (a hash of a title would confirm a guessed name after the title was scrubbed).
  meeting_calendar_entries: { columns: { uid: 'key', issued_at: 'date' } },
  notice_log: { columns: { prepared_at: 'date', purpose: 'code', languages: 'code' } },
  audit_log: { columns: { at: 'date', operation: 'key', entity_type: 'key', changes: 'audit-changes', actor: 'key' } },
  kysely_migration: { columns: { name: 'key', timestamp: 'date' } },
  sqlite_sequence: { columns: { name: 'key', seq: 'key' } },
  member_search_content: { columns: { c0: 'index-internal' } },
  member_search_config: { columns: { k: 'index-internal', v: 'index-internal' } },
  member_search_data: { columns: { block: 'index-internal' } },
  member_search_docsize: { columns: { sz: 'index-internal' } },
  member_search_idx: { columns: { segid: 'index-internal', term: 'index-internal', pgno: 'index-internal' } },
  member_search_grams_content: { columns: { c0: 'index-internal' } },
  member_search_grams_config: { columns: { k: 'index-internal', v: 'index-internal' } },
  member_search_grams_data: { columns: { block: 'index-internal' } },
  member_search_grams_docsize: { columns: { sz: 'index-internal' } },
  member_search_grams_idx: { columns: { segid: 'index-internal', term: 'index-internal', pgno: 'index-internal' } },
};

/** Roles whose text is matched against a withdrawn member's values on rows other than their own. */
export const scannedRoles: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['about-person', 'typed', 'typed-json']);

/** Every [table, column, role], for the engine and the schema test. */
/**
 * Columns only a PostgreSQL ledger has (its search index's name keys, migration 953); the SQLite
 * schema test leaves them out, the PostgreSQL one (tests/integration/ledger/postgres-engine.test.ts)
 * requires them.
 */
export const postgresOnlyColumns: ReadonlySet<string> = new Set(['member_search.name_key']);

export function registeredColumns(): { table: string; column: string; role: ColumnRole }[] {
  return Object.entries(erasureRegistry).flatMap(([table, entry]) =>
    Object.entries(entry.columns).map(([column, role]) => ({ table, column, role })),
  );
}

/** The owner column of a table as this file has it; null when the table or that column is missing. */
export function ownerColumnIn(entry: TableErasure, columns: ReadonlyMap<string, unknown> | undefined): string | null {
  if (!entry.owner || !columns) return null;
  // rowid is no declared column, but every table of the registry with that owner (FTS5) has one.
  return entry.owner.column === 'rowid' || columns.has(entry.owner.column) ? entry.owner.column : null;
}
