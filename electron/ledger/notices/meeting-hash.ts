import { createHash } from 'node:crypto';
import type { Meeting } from '../../../shared/domain/meeting';

/**
 * What a member's calendar and notice show of a meeting, as a hash: when it changes, the calendar
 * SEQUENCE grows and notices already sent are out of date. A hash and not the values, so a title
 * that names someone is not copied into another table that withdrawal would have to scrub.
 */
export function meetingHash(meeting: Meeting): string {
  const shown = [
    meeting.title,
    meeting.heldOn,
    meeting.startsAt,
    meeting.endsAt,
    meeting.timeZone,
    meeting.place,
    meeting.onlineLink,
    meeting.status,
  ];
  return createHash('sha256').update(JSON.stringify(shown)).digest('hex');
}
