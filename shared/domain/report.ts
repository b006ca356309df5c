import { z } from 'zod';
import { because } from '../validation';
import { fiscalQuarterSchema } from './fiscal-quarter';
import { provinceSchema } from './provinces';

export const reportLanguageSchema = z.enum(['en', 'fr']);
export type ReportLanguage = z.infer<typeof reportLanguageSchema>;

const narrativeText = z.string().max(20_000);

export const quarterlyNarrativeSchema = z.strictObject({
  highlights: narrativeText,
  challenges: narrativeText,
  lessonsLearned: narrativeText,
});
export type QuarterlyNarrative = z.infer<typeof quarterlyNarrativeSchema>;

/** The network's name as documents print it, in each language (a setting). */
const networkName = z.string().trim().min(1).max(200);
export const networkNamesSchema = z.strictObject({ en: networkName, fr: networkName });
export type NetworkNames = z.infer<typeof networkNamesSchema>;

/** A generated document, ready for a save dialog or a browser download. */
export const reportFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  base64: z.string(),
  /**
   * Web mode's PDF: the document's print view at a one-time address of this app, which the browser
   * opens in a new tab and saves as PDF (base64 is then empty). The desktop app sends the PDF itself.
   */
  printViewUrl: z.string().regex(/^\/print\/[A-Za-z0-9_-]+$/).optional(),
});
export type ReportFile = z.infer<typeof reportFileSchema>;

/** The documents whose free text is checked for workers' names before they are generated. */
export const redactionDocumentSchema = z.enum([
  'quarterly_report',
  'minutes_shared',
  'minutes_members',
  'plenary_packet',
  'payment_schedule',
  'meeting_notice',
]);
export type RedactionDocument = z.infer<typeof redactionDocumentSchema>;

/** Every free text a document prints; the panel names the field of each hit. */
export const redactionFieldSchema = z.enum([
  'networkName',
  'networkNameFr',
  'highlights',
  'challenges',
  'lessonsLearned',
  'highlightsFr',
  'challengesFr',
  'lessonsLearnedFr',
  'meetingTitle',
  'meetingPlace',
  'agendaTitle',
  'agendaPresenter',
  'sectionHeading',
  'sectionNotes',
  'sectionDecisions',
  'testimonySpeaker',
  'testimony',
  'voteTitle',
  'motionText',
  'motionMover',
  'motionSeconder',
  'voteCorrectionReason',
  'actionItemDescription',
  'actionItemOwner',
  'approvalMeeting',
  'amendmentReason',
  'amendmentText',
  'recommendationTitle',
  'recommendationText',
  'recommendationRationale',
  'recommendationGroup',
  'groupUpdateMeeting',
  'groupUpdateDecision',
  'noticeText',
  'agreementTitle',
  'leadOrganisation',
]);
export type RedactionField = z.infer<typeof redactionFieldSchema>;

/** A place in a document's free text that contains a migrant worker's real name. */
export const redactionHitSchema = z.object({
  /** Stable while the text is unchanged: the coordinator confirms hits by this key. */
  key: z.string(),
  document: redactionDocumentSchema,
  field: redactionFieldSchema,
  /** Which item of the field: a section heading, a meeting title (empty when the field is one text). */
  where: z.string(),
  memberId: z.number().int(),
  matchedText: z.string(),
  excerpt: z.string(),
});
export type RedactionHit = z.infer<typeof redactionHitSchema>;

/** What a quarterly report covers: the whole network (every province and territory) or one of them. */
export const quarterlyScopeSchema = z.union([z.literal('national'), provinceSchema]);
export type QuarterlyScope = z.infer<typeof quarterlyScopeSchema>;

export const quarterlyReportRequestSchema = z.strictObject({
  quarter: fiscalQuarterSchema,
  scope: quarterlyScopeSchema.default('national'),
  format: z.enum(['docx', 'xlsx', 'pdf']),
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
