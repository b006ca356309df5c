import { z } from 'zod';
import { command, query } from './define-operation';
import { languageCodeSchema } from '../domain/languages';
import { meetingIdSchema } from '../domain/meeting';
import {
  meetingNoticesSchema,
  noticeFallbackLanguageSchema,
  noticeTemplateDraftSchema,
  noticeTemplateKeySchema,
  noticeTemplateSchema,
} from '../domain/notices';
import { reportFileSchema } from '../domain/report';

const confirmedHitsSchema = z.array(z.string().max(400)).max(1000).default([]);

export const noticeOperations = {
  'notices.templates.list': query(
    'Every notice text in force (the app\'s English and French unless edited, and every other language written) and the fallback language',
    z.strictObject({}),
    z.object({ templates: z.array(noticeTemplateSchema), fallbackLanguage: noticeFallbackLanguageSchema }),
  ),
  'notices.templates.save': command(
    'Write or replace the notice text for one kind of meeting, purpose and language; unknown {{fields}} are refused',
    noticeTemplateDraftSchema,
    noticeTemplateSchema,
  ),
  'notices.templates.remove': command(
    "Remove a language's notice text (English and French go back to the app's text)",
    noticeTemplateKeySchema,
    z.object({ removed: z.boolean() }),
  ),
  'notices.fallbackLanguage.set': command(
    'Choose English or French for members whose language has no notice text',
    z.strictObject({ language: noticeFallbackLanguageSchema }),
    z.object({ language: noticeFallbackLanguageSchema }),
  ),
  'notices.forMeeting': query(
    "A meeting's notices: recipients grouped by the language of their notice, each language's text, who is not reached and why, names to confirm, and the log",
    z.strictObject({ meetingId: meetingIdSchema }),
    meetingNoticesSchema,
  ),
  'notices.prepare': command(
    'Record that the notices were prepared (languages and counts); refused while a migrant worker named in them is unconfirmed',
    z.strictObject({ meetingId: meetingIdSchema, confirmedHits: confirmedHitsSchema }),
    meetingNoticesSchema,
  ),
  // A command, not a query: names and emails leave the app, which the audit log records.
  'notices.recipientsCsv': command(
    "One language group's mailing list (.csv: name or alias, email); personal data",
    z.strictObject({
      meetingId: meetingIdSchema,
      language: languageCodeSchema,
      /** The renderer must have shown the personal-data warning and had it accepted. */
      personalDataWarningAccepted: z.literal(true),
    }),
    reportFileSchema.extend({ recipients: z.number().int() }),
  ),
  'notices.calendarFile': command(
    "The meeting's calendar file (.ics) in one language; a cancellation once the meeting is cancelled",
    z.strictObject({ meetingId: meetingIdSchema, language: languageCodeSchema, confirmedHits: confirmedHitsSchema }),
    reportFileSchema.extend({ sequence: z.number().int() }),
  ),
} as const;
