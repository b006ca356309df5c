import { z } from 'zod';

export const errorCodes = [
  'invalid_input',
  'unknown_operation',
  'not_found',
  'conflict',
  'illegal_transition',
  'forbidden',
  'ledger_unavailable',
  'storage_full',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const fieldIssueSchema = z.object({
  /** Dotted path of the offending field, e.g. "email" or "languages.2". Empty for the whole input. */
  path: z.string(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const appErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  issues: z.array(fieldIssueSchema).optional(),
});
export type AppErrorShape = z.infer<typeof appErrorSchema>;

/** What every transport returns: errors travel as data so both transports keep their structure. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape };

/** The error the renderer sees; carries the field issues for forms. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly FieldIssue[];
  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'AppError';
    this.code = shape.code;
    this.issues = shape.issues ?? [];
  }
  issueFor(path: string): string | undefined {
    return this.issues.find((issue) => issue.path === path)?.message;
  }
}
