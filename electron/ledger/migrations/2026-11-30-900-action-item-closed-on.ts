import { sql, type Kysely } from 'kysely';
import { onEngine } from './on-engine';

// Frozen in time: a migration never imports app code.
// An action item is closed on the day it was marked done, recorded when that happens, so the
// quarterly report counts it in the quarter it was really closed. Until now the ledger kept no such
// date and the report used the row's last change, which moved when the item was edited later.
//
// Backfill for items already done, from the best date the ledger holds: the day of the latest audit
// entry that set the status to done (the audit log records every status change with its time);
// failing that (an audit log scrubbed or older than the item), the day of the row's last change,
// the latest day it can have been marked done. Days are local, like every date the coordinator types.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('action_items').addColumn('closed_on', 'text').execute();
  await onEngine(db, {
    sqlite: async () => {
      await sql`
        update action_items set closed_on = coalesce(
          (select date(max(audit_log.at), 'localtime') from audit_log
            where audit_log.entity_type = 'action_item' and audit_log.entity_id = action_items.id
              and json_valid(audit_log.changes) and json_extract(audit_log.changes, '$.status.to') = 'done'),
          date(updated_at, 'localtime'))
        where status = 'done'`.execute(db);
    },
    // The same backfill in PostgreSQL's words; the server's time zone stands for "local".
    postgres: async () => {
      await sql`
        update action_items set closed_on = coalesce(
          (select to_char(max(audit_log.at)::timestamptz, 'YYYY-MM-DD') from audit_log
            where audit_log.entity_type = 'action_item' and audit_log.entity_id = action_items.id
              and audit_log.changes like '{%' and audit_log.changes::jsonb #>> '{status,to}' = 'done'),
          to_char(updated_at::timestamptz, 'YYYY-MM-DD'))
        where status = 'done'`.execute(db);
    },
  });
}
