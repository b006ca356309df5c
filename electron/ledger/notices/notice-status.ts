import type { Meeting } from '../../../shared/domain/meeting';
import type { NoticeStatus } from '../../../shared/domain/notices';
import type { Executor } from '../database';
import { readCalendarRevision } from '../meetings/calendar-revision';
import { listNoticeLog } from './notice-log-repository';

/** "Notices sent" on the readiness list: prepared for the meeting as it is now, or out of date since a change. */
export async function readNoticeStatus(db: Executor, meeting: Meeting): Promise<NoticeStatus> {
  const [latest] = await listNoticeLog(db, meeting.id);
  if (!latest) return { state: 'not_sent', preparedAt: null };
  const current = await readCalendarRevision(db, meeting.id);
  return { state: latest.meetingRevision === current ? 'sent' : 'outdated', preparedAt: latest.preparedAt };
}
