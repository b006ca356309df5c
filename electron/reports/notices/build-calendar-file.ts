import { ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { Meeting } from '../../../shared/domain/meeting';
import type { NoticePurpose } from '../../../shared/domain/notices';
import { wallClockTime } from './wall-clock-time';

export interface CalendarFileInput {
  meeting: Pick<Meeting, 'heldOn' | 'startsAt' | 'endsAt' | 'timeZone' | 'place' | 'onlineLink'>;
  purpose: NoticePurpose;
  /** Stable for the meeting's life, so a calendar updates its entry instead of adding one. */
  uid: string;
  /** Grows each time the meeting changed since the last file. */
  sequence: number;
  stamp: Date;
  /** The title (or the cancellation subject) and the notice text, in the file's language. */
  summary: string;
  description: string;
}

/**
 * VTIMEZONE from timezones-ical-library: maintained, tracks the newest tz database (British
 * Columbia's permanent UTC-7 is in it) and is the generator ical-generator's own docs suggest.
 * It describes the zone's current rules only, which is what a notice for a meeting to come needs.
 */
function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) && typeof block[0] === 'string' && block[0].startsWith('BEGIN:VTIMEZONE') ? block[0] : null;
}

/**
 * One meeting as an iCalendar file (RFC 5545). METHOD:PUBLISH: the file is handed out, not an
 * invitation to answer, and users of other tools found METHOD:REQUEST blocks Outlook's import. A cancellation is
 * the same UID with a higher SEQUENCE and STATUS:CANCELLED (RFC 5545 3.8.1.11), which PUBLISH allows;
 * METHOD:CANCEL (RFC 5546 3.2.5) would need an ORGANIZER and the list of ATTENDEEs, and no member's
 * name or address may be in a file that is sent to everyone. So there are no attendees, no organiser.
 */
export function buildCalendarFile(input: CalendarFileInput): string {
  const { meeting } = input;
  const calendar = new ICalCalendar({
    prodId: { company: 'Network Secretariat', product: 'Meeting notices', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone: DTSTAMP then stays in UTC as RFC 5545 requires; the event carries its TZID.
    timezone: { name: null, generator: vtimezone },
  });
  calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    stamp: input.stamp,
    start: wallClockTime(meeting.heldOn, meeting.startsAt),
    end: wallClockTime(meeting.heldOn, meeting.endsAt),
    timezone: meeting.timeZone,
    summary: input.summary,
    description: input.description,
    location: meeting.place ?? meeting.onlineLink ?? null,
    url: meeting.onlineLink,
    status: input.purpose === 'cancellation' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
