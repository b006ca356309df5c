import { z } from 'zod';
import { command, query } from './define-operation';
import { fiscalQuarterSchema } from '../domain/fiscal-quarter';
import { meetingIdSchema } from '../domain/meeting';
import {
  meetingDocumentSchema,
  quarterlyNarrativeSchema,
  quarterlyReportRequestSchema,
  redactionHitSchema,
  reportFileSchema,
  reportLanguageSchema,
  suppressionThresholdSchema,
} from '../domain/report';

export const reportOperations = {
  'reports.settings.get': query(
    'Report settings: the small-count suppression threshold',
    z.strictObject({}),
    z.object({ suppressionThreshold: z.number().int() }),
  ),
  'reports.settings.save': command(
    'Change the small-count suppression threshold (never below 5)',
    z.strictObject({ suppressionThreshold: suppressionThresholdSchema }),
    z.object({ suppressionThreshold: z.number().int() }),
  ),
  'reports.quarterly.narrative.get': query(
    "The coordinator's narrative for a fiscal quarter (empty until written)",
    z.strictObject({ quarter: fiscalQuarterSchema }),
    quarterlyNarrativeSchema,
  ),
  'reports.quarterly.narrative.save': command(
    "Save the quarter's highlights, challenges and lessons learned",
    z.strictObject({ quarter: fiscalQuarterSchema, narrative: quarterlyNarrativeSchema }),
    quarterlyNarrativeSchema,
  ),
  'reports.quarterly.redactionCheck': query(
    "Real names of migrant-worker members found in the quarter's free text",
    z.strictObject({ quarter: fiscalQuarterSchema }),
    z.object({ hits: z.array(redactionHitSchema) }),
  ),
  'reports.quarterly.generate': query(
    'The quarterly report for funders and government as .docx or .xlsx; refused while a redaction hit is unconfirmed',
    quarterlyReportRequestSchema,
    reportFileSchema,
  ),
  'reports.meeting.redactionCheck': query(
    "Real names of protected migrant workers found in a meeting document's free text",
    z.strictObject({ meetingId: meetingIdSchema, document: meetingDocumentSchema }),
    z.object({ hits: z.array(redactionHitSchema) }),
  ),
  'reports.minutes.generate': query(
    "A meeting's minutes as .docx: for members, or shared with funders and government (small counts hidden)",
    z.strictObject({
      meetingId: meetingIdSchema,
      language: reportLanguageSchema,
      audience: z.enum(['members', 'shared']),
      confirmedHits: z.array(z.string().max(400)).max(1000).default([]),
    }),
    reportFileSchema,
  ),
  // A command: generating the packet is what the Dashboard's readiness check waits for.
  'reports.plenaryPacket.generate': command(
    'The packet for a plenary as .docx: cover, agenda, previous minutes, recommendations, group updates, open action items',
    z.strictObject({
      meetingId: meetingIdSchema,
      language: reportLanguageSchema,
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
} as const;
