import { z } from 'zod';
import { because } from '../validation';
import { fiscalQuarterSchema } from './fiscal-quarter';

export const reportLanguageSchema = z.enum(['en', 'fr']);
export type ReportLanguage = z.infer<typeof reportLanguageSchema>;

const narrativeText = z.string().max(20_000);

export const quarterlyNarrativeSchema = z.strictObject({
  highlights: narrativeText,
  challenges: narrativeText,
  lessonsLearned: narrativeText,
});
export type QuarterlyNarrative = z.infer<typeof quarterlyNarrativeSchema>;

/** A generated document, ready for a save dialog or a browser download. */
export const reportFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  base64: z.string(),
});
export type ReportFile = z.infer<typeof reportFileSchema>;

/** A place in the report's free text that contains a migrant worker's real name. */
export const redactionHitSchema = z.object({
  /** Stable while the text is unchanged: the coordinator confirms hits by this key. */
  key: z.string(),
  source: z.enum(['highlights', 'challenges', 'lessonsLearned', 'minutes', 'notice']),
  /** Where in the source, for minutes: the section heading. */
  where: z.string(),
  memberId: z.number().int(),
  matchedText: z.string(),
  excerpt: z.string(),
});
export type RedactionHit = z.infer<typeof redactionHitSchema>;

export const quarterlyReportRequestSchema = z.strictObject({
  quarter: fiscalQuarterSchema,
  format: z.enum(['docx', 'xlsx']),
  language: reportLanguageSchema,
  status: z.enum(['draft', 'final']).default('draft'),
  /** Keys of redaction hits the coordinator looked at and accepted. */
  confirmedHits: z.array(z.string().max(400)).max(1000).default([]),
});

export const meetingDocumentSchema = z.enum(['minutes_members', 'minutes_shared', 'plenary_packet']);

export const suppressionThresholdSchema = z
  .number()
  .int()
  .refine((value) => value >= 5, { ...because('thresholdFloor', { min: 5 }), abort: true })
  .max(100);
