import { z } from 'zod';
import { command, query } from './define-operation';
import { languageCodeSchema } from '../domain/languages';
import { stakeholderCategorySchema } from '../domain/stakeholder-categories';

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
  /** imported: a valid-rows-only import was written; its rejected rows wait to be downloaded. */
  status: z.enum(['reading', 'ready', 'failed', 'imported']),
  bytesTotal: z.number().int(),
  bytesRead: z.number().int(),
  rowsRead: z.number().int(),
  error: z.string().nullable(),
  sheet: importSheetSchema.nullable(),
});
export type ImportProgress = z.infer<typeof importProgressSchema>;

/** What can be wrong with a row; the renderer and the rejects workbook word each in both languages. */
export const importProblemCodes = [
  'unknownCategory',
  'unknownLanguage',
  /** Many unmatched values of one column, beyond the first few listed one per line. */
  'otherUnknownCategories',
  'otherUnknownLanguages',
  'required',
  'invalidEmail',
  'invalidPhone',
  'invalidDate',
  'leftBeforeJoined',
  'invalidKind',
  'invalidYesNo',
  'tooLong',
  'organisationForOrganisation',
  'tooManyLanguages',
  'invalidValue',
  'updateWouldBeInvalid',
] as const;
export const importProblemCodeSchema = z.enum(importProblemCodes);
export type ImportProblemCode = z.infer<typeof importProblemCodeSchema>;

/** One problem and every row it affects: listed once, never once per row. */
export const importProblemSchema = z.object({
  code: importProblemCodeSchema,
  /** The member field concerned; null when the problem is the whole row's. */
  field: importFieldSchema.nullable(),
  /** The column's header as written in the file; empty when the problem is not one column's. */
  column: z.string(),
  /** The value the problem is about, for problems that are one value's (an unmatched category). */
  value: z.string().nullable(),
  /** The length limit, for tooLong. */
  max: z.number().int().nullable(),
  /** How many distinct values the line covers: more than one only for otherUnknown*. */
  valueCount: z.number().int(),
  /** A few of the cells at fault, so the coordinator recognises them. */
  examples: z.array(z.string()),
  /** The first rows affected, in order. */
  rowNumbers: z.array(rowNumberSchema),
  rowCount: z.number().int(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

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
/** Rows named on one problem's line; the count says how many more. */
export const importProblemRowCap = 50;
/** Distinct values listed in the value step; a column with more is probably not a category column. */
export const importValueListCap = 300;

/** The columns whose values are matched to the app's own: categories, and languages (both language columns). */
export const importValueFields = ['category', 'language'] as const;
export type ImportValueField = (typeof importValueFields)[number];

/** remembered: confirmed at an earlier import; known: a name, synonym or abbreviation; close: a likely typo. */
export const importValueBases = ['remembered', 'known', 'close', 'ambiguous', 'none'] as const;

function importValueListSchema<Code extends z.ZodType>(code: Code) {
  return z.object({
    values: z.array(
      z.object({
        /** The value as first written in the sheet. */
        text: z.string(),
        /** How the app compares values (case and accents folded); choices name a value by it. */
        key: z.string(),
        rowCount: z.number().int(),
        suggestion: code.nullable(),
        basis: z.enum(importValueBases),
        /** For an ambiguous value, what it could stand for. */
        candidates: z.array(code),
      }),
    ),
    /** Distinct values in the column(s), listed or not. */
    distinctCount: z.number().int(),
  });
}

export const importValuesSchema = z.object({
  category: importValueListSchema(stakeholderCategorySchema),
  language: importValueListSchema(languageCodeSchema),
});
export type ImportValues = z.infer<typeof importValuesSchema>;
export type ImportValue = ImportValues['category']['values'][number] | ImportValues['language']['values'][number];

const valueKeySchema = z.string().max(300);
/** What the coordinator confirmed or picked for each value; values left out take remembered or known meanings. */
export const importValueChoicesSchema = z.strictObject({
  category: z
    .array(z.strictObject({ key: valueKeySchema, code: stakeholderCategorySchema }))
    .max(importValueListCap)
    .default([]),
  language: z
    .array(z.strictObject({ key: valueKeySchema, code: languageCodeSchema }))
    .max(importValueListCap)
    .default([]),
});
export type ImportValueChoices = z.infer<typeof importValueChoicesSchema>;
const noValueChoices = { category: [], language: [] };

export const importCheckSchema = z.object({
  rowCount: z.number().int(),
  /** Fields every member needs that no column is mapped to; rows are checked once there are none. */
  missingFields: z.array(importFieldSchema),
  /** Rows with at least one problem: they cannot be imported as they are. */
  invalidRowCount: z.number().int(),
  /** One line per problem, the most frequent first; capped, see problemCount. */
  problems: z.array(importProblemSchema),
  problemCount: z.number().int(),
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
  'imports.values': query(
    'The distinct category and language values of the mapped columns, with what the app suggests for each',
    z.strictObject({ jobId: importJobIdSchema, mapping: importMappingSchema }),
    importValuesSchema,
  ),
  'imports.check': query(
    'Validate every row with a column mapping and value choices and find duplicates, without writing anything',
    z.strictObject({
      jobId: importJobIdSchema,
      mapping: importMappingSchema,
      valueChoices: importValueChoicesSchema.default(noValueChoices),
    }),
    importCheckSchema,
  ),
  'imports.commit': command(
    'Write the import in one transaction: every row, or nothing if any is invalid; or, when chosen, the valid rows only',
    z.strictObject({
      jobId: importJobIdSchema,
      mapping: importMappingSchema,
      valueChoices: importValueChoicesSchema.default(noValueChoices),
      duplicateAction: duplicateActionSchema,
      /** Per-row choices that differ from duplicateAction. */
      duplicateOverrides: z
        .array(z.strictObject({ rowNumber: rowNumberSchema, action: duplicateActionSchema }))
        .max(importLimits.maxRows),
      /** The coordinator's explicit choice to import the valid rows and set the others aside. */
      validRowsOnly: z.boolean().default(false),
    }),
    z.object({
      created: z.number().int(),
      updated: z.number().int(),
      skipped: z.number().int(),
      /** Rows set aside by a valid-rows-only import; imports.rejects hands them back. */
      rejected: z.number().int(),
      /** Migrant workers the import gave an alias to. */
      aliasesGiven: z.number().int(),
    }),
  ),
  // A command, not a query: the rejected rows hold personal data, and handing them out is audited.
  'imports.rejects': command(
    'The rows a valid-rows-only import set aside, as an .xlsx with a reason column, to fix and import later',
    z.strictObject({
      jobId: importJobIdSchema,
      /** The renderer must have shown the personal-data warning and had it accepted. */
      personalDataWarningAccepted: z.literal(true, { message: 'must be accepted: the rows hold personal data' }),
      /** The language of the reason column and the warning line. */
      language: z.enum(['en', 'fr']).default('en'),
    }),
    z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string(), rowCount: z.number().int() }),
  ),
  'imports.discard': command('Forget a staged import', jobInput, z.object({ discarded: z.boolean() })),
} as const;
