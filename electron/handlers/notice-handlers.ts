import type { noticeOperations } from '../../shared/contract/notices';
import { listEffectiveTemplates } from '../ledger/notices/effective-templates';
import { readNoticeFallbackLanguage } from '../ledger/notices/notice-fallback-setting';
import { removeNoticeTemplate, saveNoticeTemplate, setNoticeFallbackLanguage } from '../ledger/notices/notice-template-service';
import { exportCalendarFile, exportRecipientsCsv, prepareNotices, readMeetingNotices } from '../reports/notices/notices-service';
import type { HandlersFor } from './handler-types';

export const noticeHandlers: HandlersFor<typeof noticeOperations> = {
  'notices.templates.list': async (_input, { ledger }) => ({
    templates: await listEffectiveTemplates(ledger.db),
    fallbackLanguage: await readNoticeFallbackLanguage(ledger.db),
  }),
  'notices.templates.save': (draft, { ledger }) => saveNoticeTemplate(ledger, draft),
  'notices.templates.remove': (key, { ledger }) => removeNoticeTemplate(ledger, key),
  'notices.fallbackLanguage.set': async ({ language }, { ledger }) => ({ language: await setNoticeFallbackLanguage(ledger, language) }),
  'notices.forMeeting': ({ meetingId }, { ledger }) => readMeetingNotices(ledger.db, meetingId),
  'notices.prepare': ({ meetingId, confirmedHits }, { ledger }) => prepareNotices(ledger, meetingId, confirmedHits),
  'notices.recipientsCsv': ({ meetingId, language }, { ledger }) => exportRecipientsCsv(ledger, meetingId, language),
  'notices.calendarFile': ({ meetingId, language, confirmedHits }, { ledger }) =>
    exportCalendarFile(ledger, meetingId, language, confirmedHits),
};
