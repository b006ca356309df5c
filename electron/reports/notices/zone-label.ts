import { tzlib_get_offset } from 'timezones-ical-library';
import { meetingTimeZones, type MeetingTimeZone } from '../../../shared/domain/time-zones';

/**
 * "Vancouver, UTC-7": the city people know and the offset on the meeting's date, so a member in
 * another zone can work the time out. The offset comes from timezones-ical-library (the newest
 * tz database: British Columbia's permanent UTC-7 from 2026) rather than Node's built-in Intl data,
 * which can be a release behind and would disagree with the calendar file's VTIMEZONE.
 */
export function zoneLabel(zone: MeetingTimeZone, heldOn: string, startsAt: string): string {
  const offset = tzlib_get_offset(zone, heldOn, startsAt);
  return `${meetingTimeZones[zone]}, ${formatOffset(offset)}`;
}

/** "-0700" → "UTC-7", "-0330" → "UTC-3:30", "+0000" → "UTC". */
export function formatOffset(offset: string): string {
  const match = /^([+-])(\d{2})(\d{2})$/.exec(offset);
  if (!match) return 'UTC';
  const [, sign, hours, minutes] = match;
  if (hours === '00' && minutes === '00') return 'UTC';
  return `UTC${sign}${Number(hours)}${minutes === '00' ? '' : `:${minutes}`}`;
}
