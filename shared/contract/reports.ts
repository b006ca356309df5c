import { z } from 'zod';
import { command, query } from './define-operation';
import { fiscalQuarterSchema } from '../domain/fiscal-quarter';
import { meetingIdSchema } from '../domain/meeting';
import {
  meetingDocumentSchema,
  networkNamesSchema,
  quarterlyNarrativeSchema,
  quarterlyReportRequestSchema,
  redactionHitSchema,
  reportFileSchema,
  reportLanguageSchema,
  suppressionThresholdSchema,
} from '../domain/report';
import { releasedCellSchema, releaseSummarySchema } from '../domain/release-register';

export const reportOperations = {
  'reports.settings.get': query(
    "Report settings: the small-count suppression threshold and the network's name in English and French",
    z.strictObject({}),
    z.object({ suppressionThreshold: z.number().int(), networkName: networkNamesSchema }),
  ),
  'reports.networkName.save': command(
    "The network's name as documents print it, in English and in French",
    z.strictObject({ networkName: networkNamesSchema }),
    z.object({ networkName: networkNamesSchema }),
  ),
  'reports.settings.save': command(
    'Change the small-count suppression threshold (never below 5)',
    z.strictObject({ suppressionThreshold: suppressionThresholdSchema }),
    z.object({ suppressionThreshold: z.number().int() }),
  ),
  'reports.quarterly.narrative.get': query(
    "The coordinator's narrative for a fiscal quarter in one language (empty until written)",
    z.strictObject({ quarter: fiscalQuarterSchema, language: reportLanguageSchema.default('en') }),
    quarterlyNarrativeSchema,
  ),
  'reports.quarterly.narrative.save': command(
    "Save the quarter's highlights, challenges and lessons learned in one language (the report in that language prints them)",
    z.strictObject({
      quarter: fiscalQuarterSchema,
      language: reportLanguageSchema.default('en'),
      narrative: quarterlyNarrativeSchema,
    }),
    quarterlyNarrativeSchema,
  ),
  'reports.quarterly.redactionCheck': query(
    "Real names of migrant-worker members found in the quarter's free text",
    z.strictObject({ quarter: fiscalQuarterSchema }),
    z.object({ hits: z.array(redactionHitSchema) }),
  ),
  // A command: every document for funders and government is recorded in the release register.
  'reports.quarterly.generate': command(
    'The quarterly report for funders and government as .docx, .xlsx or PDF, audited against every earlier release and recorded in the release register; refused while a redaction hit is unconfirmed',
    quarterlyReportRequestSchema,
    reportFileSchema,
  ),
  'reports.meeting.redactionCheck': query(
    "Real names of protected migrant workers found in a meeting document's free text",
    z.strictObject({ meetingId: meetingIdSchema, document: meetingDocumentSchema }),
    z.object({ hits: z.array(redactionHitSchema) }),
  ),
  // A command: the shared copy is recorded in the release register.
  'reports.minutes.generate': command(
    "A meeting's minutes as .docx or PDF: for members, or shared with funders and government (audited against every earlier release, small counts hidden, recorded in the release register)",
    z.strictObject({
      meetingId: meetingIdSchema,
      language: reportLanguageSchema,
      format: z.enum(['docx', 'pdf']).default('docx'),
      audience: z.enum(['members', 'shared']),
      confirmedHits: z.array(z.string().max(400)).max(1000).default([]),
    }),
    reportFileSchema,
  ),
  // A command: generating the packet is what the Dashboard's readiness check waits for.
  'reports.plenaryPacket.generate': command(
    'The packet for a plenary as .docx or PDF: cover, agenda, previous minutes, recommendations, group updates, open action items',
    z.strictObject({
      meetingId: meetingIdSchema,
      language: reportLanguageSchema,
      format: z.enum(['docx', 'pdf']).default('docx'),
      status: z.enum(['draft', 'final']).default('draft'),
      confirmedHits: z.array(z.string().max(400)).max(1000).default([]),
    }),
    reportFileSchema,
  ),
  'reports.attendanceRegister.generate': query(
    "A meeting's attendance register with members' names (.xlsx, internal); the coordinator must acknowledge it holds personal information",
    z.strictObject({
      meetingId: meetingIdSchema,
      language: reportLanguageSchema,
      acknowledgePersonalData: z.literal(true, {
        error: 'must be confirmed: the register names members and is personal information',
      }),
    }),
    reportFileSchema,
  ),
  'reports.releases.list': query(
    'The release register: every document shared with funders and government, newest first',
    z.strictObject({ limit: z.number().int().min(1).max(1000).default(200) }),
    z.object({ items: z.array(releaseSummarySchema) }),
  ),
  'reports.releases.cells': query(
    'Every figure one release published: its table, row, column, period, meeting, and the number or marker printed',
    z.strictObject({ releaseId: z.number().int().positive() }),
    z.object({ cells: z.array(releasedCellSchema) }),
  ),
} as const;
