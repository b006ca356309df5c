import type { Generated } from 'kysely';

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  operation: string;
  entity_type: string;
  entity_id: number | null;
  /** JSON object of field -> { from, to }; erased values are replaced, never kept. */
  changes: string;
  /** The computer account that made the change; null for entries written before it was recorded. */
  actor: string | null;
}
