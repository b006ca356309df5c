import type { Kysely } from 'kysely';
import type {
  AmendmentDraft,
  ClaimDraft,
  DeliverableDraft,
  InstalmentDraft,
  PaymentDraft,
} from '../../../shared/domain/funding/entries';
import type { Database, Executor } from '../database';

/**
 * The entries an agreement holds (amendments, planned instalments, claims, payments, milestones and
 * reports), each a row of its own table tied to the agreement. They are stored alike: a draft's
 * fields map one to one onto columns, listed here, so one service (entry-service.ts) adds, changes
 * and removes all of them with the same audit and the same checks.
 */
export interface EntryStore<Draft> {
  /** The audit log's entity type. */
  readonly entity: string;
  find(db: Executor, id: number): Promise<{ agreementId: number; draft: Draft } | undefined>;
  list(db: Executor, agreementId: number): Promise<Array<{ id: number } & Draft>>;
  insert(db: Executor, agreementId: number, draft: Draft, at: string): Promise<number>;
  update(db: Executor, id: number, draft: Draft, at: string): Promise<void>;
  remove(db: Executor, id: number): Promise<void>;
}

type Row = Record<string, string | number | null>;
type EntryTable = 'funding_amendments' | 'funding_instalments' | 'funding_claims' | 'funding_payments' | 'funding_deliverables';

/** A column of the table: the mapping below fails to compile if a column is renamed. */
type ColumnOf<Table extends EntryTable> = keyof Database[Table] & string;

function entryStore<Draft extends object, Table extends EntryTable>(
  tableName: Table,
  entity: string,
  columns: { readonly [Field in keyof Draft]-?: ColumnOf<Table> },
  order: readonly ColumnOf<Table>[],
  options: { stampsUpdates: boolean } = { stampsUpdates: true },
): EntryStore<Draft> {
  const table: string = tableName;
  const fields = Object.entries(columns) as Array<[keyof Draft & string, string]>;
  // The table name is one of the fixed five above, so the builder is used untyped inside this file only.
  const loose = (db: Executor) => db as unknown as Kysely<Record<string, Row>>;
  const draftOf = (row: Row) => Object.fromEntries(fields.map(([field, column]) => [field, row[column]])) as Draft;
  const rowOf = (draft: Draft) => Object.fromEntries(fields.map(([field, column]) => [column, draft[field] as Row[string]]));
  return {
    entity,
    async find(db, id) {
      const row = await loose(db).selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst();
      return row ? { agreementId: Number(row.agreement_id), draft: draftOf(row) } : undefined;
    },
    async list(db, agreementId) {
      let query = loose(db).selectFrom(table).selectAll().where('agreement_id', '=', agreementId);
      for (const column of order) query = query.orderBy(column);
      const rows = await query.orderBy('id').execute();
      return rows.map((row) => ({ id: Number(row.id), ...draftOf(row) }));
    },
    async insert(db, agreementId, draft, at) {
      const stamps = options.stampsUpdates ? { created_at: at, updated_at: at } : { created_at: at };
      const inserted = await loose(db)
        .insertInto(table)
        .values({ ...rowOf(draft), agreement_id: agreementId, ...stamps })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(inserted.id);
    },
    async update(db, id, draft, at) {
      const stamps = options.stampsUpdates ? { updated_at: at } : {};
      await loose(db).updateTable(table).set({ ...rowOf(draft), ...stamps }).where('id', '=', id).execute();
    },
    async remove(db, id) {
      await loose(db).deleteFrom(table).where('id', '=', id).execute();
    },
  };
}

// Amendments are a record of a decision: corrected by removing and re-recording, never edited in place.
export const amendmentStore = entryStore<AmendmentDraft, 'funding_amendments'>(
  'funding_amendments',
  'funding_amendment',
  { amendedOn: 'amended_on', newAmountCents: 'new_amount_cents', reason: 'reason' },
  ['amended_on'],
  { stampsUpdates: false },
);

export const instalmentStore = entryStore<InstalmentDraft, 'funding_instalments'>(
  'funding_instalments',
  'funding_instalment',
  { dueOn: 'due_on', amountCents: 'amount_cents', note: 'note' },
  ['due_on'],
);

export const claimStore = entryStore<ClaimDraft, 'funding_claims'>(
  'funding_claims',
  'funding_claim',
  { receivedOn: 'received_on', periodFrom: 'period_from', periodTo: 'period_to', amountCents: 'amount_cents', note: 'note' },
  ['received_on'],
);

export const paymentStore = entryStore<PaymentDraft, 'funding_payments'>(
  'funding_payments',
  'funding_payment',
  { paidOn: 'paid_on', amountCents: 'amount_cents', claimId: 'claim_id', note: 'note' },
  ['paid_on'],
);

export const deliverableStore = entryStore<DeliverableDraft, 'funding_deliverables'>(
  'funding_deliverables',
  'funding_deliverable',
  { kind: 'kind', description: 'description', dueOn: 'due_on', receivedOn: 'received_on', note: 'note' },
  ['due_on'],
);
