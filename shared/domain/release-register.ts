import { z } from 'zod';
import { provinceSchema } from './provinces';

export const releaseAudienceSchema = z.enum(['funders_government']);
export type ReleaseAudience = z.infer<typeof releaseAudienceSchema>;

export const releasedDocumentKindSchema = z.enum(['quarterly_report', 'minutes_shared']);
export type ReleasedDocumentKind = z.infer<typeof releasedDocumentKindSchema>;

/** One document that went out to funders or government, as the release register lists it. */
export const releaseSummarySchema = z.object({
  id: z.number().int(),
  documentKind: releasedDocumentKindSchema,
  audience: releaseAudienceSchema,
  /** Fiscal quarter key ("2026-Q3"). */
  period: z.string().nullable(),
  meetingId: z.number().int().nullable(),
  /** The meeting's title as the ledger has it today (null once the meeting is gone). */
  meetingTitle: z.string().nullable(),
  /** The province or territory a provincial quarterly report covers; null for the national report and for minutes. */
  province: provinceSchema.nullable(),
  format: z.enum(['docx', 'xlsx', 'pdf']),
  language: z.enum(['en', 'fr']),
  status: z.enum(['draft', 'final']),
  fileName: z.string(),
  fileSha256: z.string(),
  threshold: z.number().int(),
  releasedAt: z.string(),
  cellCount: z.number().int(),
  hiddenCount: z.number().int(),
  /** How many earlier releases to the same audience its audit took into account. */
  earlierReleases: z.number().int(),
});
export type ReleaseSummary = z.infer<typeof releaseSummarySchema>;

/** One published figure: its place, and the number or the marker that was printed. */
export const releasedCellSchema = z.object({
  table: z.string(),
  row: z.string(),
  column: z.string(),
  period: z.string().nullable(),
  meetingId: z.number().int().nullable(),
  state: z.enum(['shown', 'primary', 'complementary']),
  value: z.number().nullable(),
  marker: z.string().nullable(),
});
export type ReleasedCell = z.infer<typeof releasedCellSchema>;
