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

/**
 * What made a call fail, as data the renderer translates: a reason (e.g. "minutes.notStarted" or a
 * field reason such as "isoDate") and the values its sentence needs (a meeting's title and date,
 * counts). The English `message` beside it is for logs and API callers, never shown as is.
 */
export const problemParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type ProblemParams = z.infer<typeof problemParamsSchema>;

export const fieldIssueSchema = z.object({
  /** Dotted path of the offending field, e.g. "email" or "languages.2". Empty for the whole input. */
  path: z.string(),
  message: z.string(),
  reason: z.string().optional(),
  params: problemParamsSchema.optional(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const appErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  issues: z.array(fieldIssueSchema).optional(),
  reason: z.string().optional(),
  params: problemParamsSchema.optional(),
});
export type AppErrorShape = z.infer<typeof appErrorSchema>;

/** What every transport returns: errors travel as data so both transports keep their structure. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape };

/** The error the renderer sees; carries the field issues for forms. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly FieldIssue[];
  readonly reason: string | undefined;
  readonly params: ProblemParams;
  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'AppError';
    this.code = shape.code;
    this.issues = shape.issues ?? [];
    this.reason = shape.reason;
    this.params = shape.params ?? {};
  }
  issueFor(path: string): string | undefined {
    return this.issueAt(path)?.message;
  }
  issueAt(path: string): FieldIssue | undefined {
    return this.issues.find((issue) => issue.path === path);
  }
}
