import type { LanguageCode } from '../../../shared/domain/languages';
import type { MeetingNotices, NoticeGroup } from '../../../shared/domain/notices';
import type { ReportFile } from '../../../shared/domain/report';
import { DomainError } from '../../domain-error';
import type { Executor } from '../../ledger/database';
import type { Ledger } from '../../ledger/ledger';
import { issueCalendarEntry } from '../../ledger/notices/calendar-entry-repository';
import { readCalendarRevision } from '../../ledger/meetings/calendar-revision';
import { appendNoticeLog, listNoticeLog } from '../../ledger/notices/notice-log-repository';
import { readNoticeStatus } from '../../ledger/notices/notice-status';
import { refuseUnconfirmedHits } from '../privacy/refuse-unconfirmed-hits';
import { reportFile } from '../report-file';
import { buildCalendarFile } from './build-calendar-file';
import { buildRecipientsCsv } from './build-recipients-csv';
import { assembleNotices, noticeRedactionHits, type AssembledNotices } from './meeting-notices';

export async function readMeetingNotices(db: Executor, meetingId: number): Promise<MeetingNotices> {
  const assembled = await assembleNotices(db, meetingId);
  return {
    meetingId,
    purpose: assembled.purpose,
    fallbackLanguage: assembled.fallbackLanguage,
    groups: assembled.groups,
    notReached: assembled.notReached,
    redactionHits: await noticeRedactionHits(db, assembled),
    log: (await listNoticeLog(db, meetingId)).map(({ meetingRevision: _revision, ...entry }) => entry),
    status: await readNoticeStatus(db, assembled.meeting),
  };
}

function refuseHeldMeeting(assembled: AssembledNotices): void {
  if (assembled.meeting.status === 'held') {
    const { title, heldOn } = assembled.meeting;
    throw new DomainError('illegal_transition', 'This meeting has been held: notices are for meetings still to come', [], {
      reason: 'notices.meetingHeld',
      params: { title, heldOn },
    });
  }
}

function groupFor(assembled: AssembledNotices, language: LanguageCode): NoticeGroup {
  const group = assembled.groups.find((candidate) => candidate.language === language);
  if (!group) {
    throw new DomainError('not_found', `No member gets this meeting's notice in "${language}"`, [], {
      reason: 'notices.languageNotInvited',
      params: { language },
    });
  }
  return group;
}

/** Records that the notices were prepared (languages and counts only) once every name found in them is confirmed. */
export async function prepareNotices(ledger: Ledger, meetingId: number, confirmedHits: readonly string[]): Promise<MeetingNotices> {
  return ledger.write('notices.prepare', async (trx, audit) => {
    const assembled = await assembleNotices(trx, meetingId);
    refuseHeldMeeting(assembled);
    refuseUnconfirmedHits(await noticeRedactionHits(trx, assembled), confirmedHits);
    const languages = assembled.groups.map((group) => ({ language: group.language, recipients: group.recipients.length }));
    const recipients = languages.reduce((sum, group) => sum + group.recipients, 0);
    if (recipients === 0) {
      throw new DomainError('conflict', 'Nobody expected at this meeting can be written to (no consent to be contacted, or no email address)', [], {
        reason: 'notices.nobodyReachable',
      });
    }
    const meetingRevision = await readCalendarRevision(trx, meetingId);
    const entry = { meetingId, purpose: assembled.purpose, meetingRevision, languages, recipients, notReached: assembled.notReached.length };
    const id = await appendNoticeLog(trx, entry, ledger.now().toISOString());
    const { meetingRevision: _revision, ...logged } = entry;
    audit.record({
      entityType: 'notice_log',
      entityId: id,
      changes: Object.fromEntries(Object.entries(logged).map(([field, to]) => [field, { from: null, to }])),
    });
    return readMeetingNotices(trx, meetingId);
  });
}

/** One language's mailing list; names and emails leave the app, so the export is audited like the roster's. */
export async function exportRecipientsCsv(ledger: Ledger, meetingId: number, language: LanguageCode): Promise<ReportFile & { recipients: number }> {
  return ledger.write('notices.recipientsCsv', async (trx, audit) => {
    const assembled = await assembleNotices(trx, meetingId);
    const group = groupFor(assembled, language);
    audit.record({
      entityType: 'notice_recipients_export',
      entityId: meetingId,
      changes: { language: { from: null, to: language }, recipients: { from: null, to: group.recipients.length } },
    });
    const stem = `notice-recipients-${assembled.meeting.heldOn}-${meetingId}-${language}`;
    return { ...reportFile(stem, 'csv', buildRecipientsCsv(group.recipients)), recipients: group.recipients.length };
  });
}

/** The meeting's calendar file in one language: the same UID for every language and every version. */
export async function exportCalendarFile(
  ledger: Ledger,
  meetingId: number,
  language: LanguageCode,
  confirmedHits: readonly string[],
): Promise<ReportFile & { sequence: number }> {
  return ledger.write('notices.calendarFile', async (trx, audit) => {
    const assembled = await assembleNotices(trx, meetingId);
    refuseHeldMeeting(assembled);
    refuseUnconfirmedHits(await noticeRedactionHits(trx, assembled), confirmedHits);
    const group = groupFor(assembled, language);
    const at = ledger.now();
    const entry = await issueCalendarEntry(trx, meetingId, await readCalendarRevision(trx, meetingId), at.toISOString());
    if (entry.change !== 'unchanged') {
      audit.record({ entityType: 'meeting_calendar_entry', entityId: meetingId, changes: { sequence: { from: entry.change === 'created' ? null : entry.sequence - 1, to: entry.sequence } } });
    }
    const { meeting, purpose } = assembled;
    const text = buildCalendarFile({
      meeting,
      purpose,
      uid: entry.uid,
      sequence: entry.sequence,
      stamp: at,
      summary: purpose === 'cancellation' ? group.subject : meeting.title,
      description: group.body,
    });
    const stem = `meeting-${meeting.heldOn}-${meetingId}-${language}${purpose === 'cancellation' ? '-cancelled' : ''}`;
    return { ...reportFile(stem, 'ics', Buffer.from(text, 'utf8')), sequence: entry.sequence };
  });
}
