import type { Expression, Transaction } from 'kysely';
import type { Database } from '../database';

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

export interface AuditEntry {
  entityType: string;
  entityId: number | null;
  changes: FieldChanges;
}

/** Fields whose values differ between two snapshots of a record. */
export function diffFields(before: Record<string, unknown> | null, after: Record<string, unknown>): FieldChanges {
  const changes: FieldChanges = {};
  for (const [field, to] of Object.entries(after)) {
    const from = before ? before[field] : null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}

/** Collects what one operation changed and writes it inside that operation's transaction. */
export class AuditTrail {
  private readonly entries: AuditEntry[] = [];

  constructor(
    private readonly trx: Transaction<Database>,
    private readonly operation: string,
    private readonly now: () => Date,
    /** A name, or an SQL expression the server evaluates (current_user on PostgreSQL). */
    private readonly actor: string | null | Expression<string> = null,
  ) {}

  record(entry: AuditEntry): void {
    this.entries.push(entry);
  }

  async flush(): Promise<void> {
    if (this.entries.length === 0) return;
    const at = this.now().toISOString();
    await this.trx
      .insertInto('audit_log')
      .values(
        this.entries.map((entry) => ({
          at,
          operation: this.operation,
          entity_type: entry.entityType,
          entity_id: entry.entityId,
          changes: JSON.stringify(entry.changes),
          actor: this.actor,
        })),
      )
      .execute();
    this.entries.length = 0;
  }
}
