import { z } from 'zod';
import { query } from './define-operation';
import { isoDateSchema } from '../domain/dates';

export const auditListQuerySchema = z.strictObject({
  operation: z.string().max(100).nullable().default(null),
  entityType: z.string().max(100).nullable().default(null),
  entityId: z.number().int().min(1).nullable().default(null),
  /** Inclusive days, compared with the entry's UTC date. */
  from: isoDateSchema.nullable().default(null),
  to: isoDateSchema.nullable().default(null),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});
export type AuditListQuery = z.infer<typeof auditListQuerySchema>;

/**
 * One audit entry as shown to the coordinator: which fields changed, never their values, so a value
 * erased later (a withdrawn member's name) cannot resurface through the history.
 */
export const auditEntrySummarySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  operation: z.string(),
  entityType: z.string(),
  entityId: z.number().int().nullable(),
  changedFields: z.array(z.string()),
});
export type AuditEntrySummary = z.infer<typeof auditEntrySummarySchema>;

export const auditOperations = {
  'audit.list': query(
    'Who changed what and when, newest first, filtered by operation, record or dates',
    auditListQuerySchema,
    z.object({
      total: z.number().int(),
      items: z.array(auditEntrySummarySchema),
      operations: z.array(z.string()),
      entityTypes: z.array(z.string()),
    }),
  ),
} as const;
