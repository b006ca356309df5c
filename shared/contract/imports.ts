import { z } from 'zod';
import { command, query } from './define-operation';

/** Stated in the UI and enforced on the main side. */
export const importLimits = { maxRows: 50_000, maxBytes: 20 * 1024 * 1024 } as const;
/** base64 turns every 3 bytes into 4 characters. */
export const maxImportBase64Length = Math.ceil(importLimits.maxBytes / 3) * 4;

/** The member fields a spreadsheet column can fill. */
export const importFields = [
  'displayName',
  'organisationName',
  'category',
  'languages',
  'preferredLanguage',
  'email',
  'phone',
  'joinedOn',
  'leftOn',
  'alias',
  'notes',
  'kind',
  'mayContact',
  'mayBeNamed',
] as const;
export const importFieldSchema = z.enum(importFields);
export type ImportField = z.infer<typeof importFieldSchema>;

/** One entry per column of the sheet: the field it fills, or null to leave the column out. */
export const importMappingSchema = z
  .array(importFieldSchema.nullable())
  .max(500)
  .superRefine((mapping, context) => {
    const seen = new Set<ImportField>();
    mapping.forEach((field, index) => {
      if (field === null) return;
      if (seen.has(field))
        context.addIssue({ code: 'custom', path: [index], message: `maps a second column to ${field}` });
      seen.add(field);
    });
  });
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const importJobIdSchema = z.uuid();
export const duplicateActions = ['skip', 'update', 'create'] as const;
export const duplicateActionSchema = z.enum(duplicateActions);
export type DuplicateAction = z.infer<typeof duplicateActionSchema>;

const rowNumberSchema = z.number().int().positive();

export const importSheetSchema = z.object({
  fileName: z.string(),
  format: z.enum(['xlsx', 'csv']),
  /** The text encoding a CSV was read with; null for .xlsx. */
  encoding: z.string().nullable(),
  headerRowNumber: rowNumberSchema,
  headers: z.array(z.string()),
  suggestedMapping: importMappingSchema,
  previewRows: z.array(z.object({ rowNumber: rowNumberSchema, cells: z.array(z.string()) })),
  rowCount: z.number().int(),
});
export type ImportSheet = z.infer<typeof importSheetSchema>;

export const importProgressSchema = z.object({
  jobId: importJobIdSchema,
  status: z.enum(['reading', 'ready', 'failed']),
  bytesTotal: z.number().int(),
  bytesRead: z.number().int(),
  rowsRead: z.number().int(),
  error: z.string().nullable(),
  sheet: importSheetSchema.nullable(),
});
export type ImportProgress = z.infer<typeof importProgressSchema>;

export const importRowIssueSchema = z.object({
  rowNumber: rowNumberSchema,
  /** The column's header as written in the file; empty when the problem is not one column's. */
  column: z.string(),
  message: z.string(),
});
export type ImportRowIssue = z.infer<typeof importRowIssueSchema>;

export const importDuplicateSchema = z.object({
  rowNumber: rowNumberSchema,
  displayName: z.string(),
  matchedBy: z.enum(['email', 'nameAndOrganisation']),
  /** Either a member already in the ledger or an earlier row of the same file. */
  existing: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('ledger'), memberId: z.number().int(), displayName: z.string() }),
    z.object({ kind: z.literal('file'), rowNumber: rowNumberSchema, displayName: z.string() }),
  ]),
});
export type ImportDuplicate = z.infer<typeof importDuplicateSchema>;

/** Lists are capped so a hopeless file does not flood the screen; the counts are always complete. */
export const importListCap = 500;

export const importCheckSchema = z.object({
  rowCount: z.number().int(),
  /** Fields every member needs that no column is mapped to; rows are checked once there are none. */
  missingFields: z.array(importFieldSchema),
  errorCount: z.number().int(),
  errors: z.array(importRowIssueSchema),
  duplicateCount: z.number().int(),
  duplicates: z.array(importDuplicateSchema),
  newCount: z.number().int(),
});
export type ImportCheck = z.infer<typeof importCheckSchema>;

const jobInput = z.strictObject({ jobId: importJobIdSchema });

export const importOperations = {
  'imports.start': command(
    'Send a spreadsheet (.xlsx or .csv, base64) to be read in the background; nothing is written yet',
    z.strictObject({
      fileName: z.string().trim().min(1).max(255),
      contentBase64: z
        .string()
        .min(1, { message: 'is empty: the file has no content' })
        .max(maxImportBase64Length, { message: 'is larger than the 20 MB import limit' }),
    }),
    z.object({ jobId: importJobIdSchema }),
  ),
  'imports.progress': query(
    'How far the reading of an import has got, and the sheet once read',
    jobInput,
    importProgressSchema,
  ),
  'imports.check': query(
    'Validate every row with a column mapping and find duplicates, without writing anything',
    z.strictObject({ jobId: importJobIdSchema, mapping: importMappingSchema }),
    importCheckSchema,
  ),
  'imports.commit': command(
    'Write the whole import in one transaction, or nothing if any row is invalid',
    z.strictObject({
      jobId: importJobIdSchema,
      mapping: importMappingSchema,
      duplicateAction: duplicateActionSchema,
      /** Per-row choices that differ from duplicateAction. */
      duplicateOverrides: z
        .array(z.strictObject({ rowNumber: rowNumberSchema, action: duplicateActionSchema }))
        .max(importLimits.maxRows),
    }),
    z.object({ created: z.number().int(), updated: z.number().int(), skipped: z.number().int() }),
  ),
  'imports.discard': command('Forget a staged import', jobInput, z.object({ discarded: z.boolean() })),
} as const;
