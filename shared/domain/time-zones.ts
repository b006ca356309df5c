import { z } from 'zod';

/**
 * The zones a meeting can be held in: the Network is in British Columbia and may expand to other
 * provinces. A closed list (rather than any IANA name) so the calendar file always gets a VTIMEZONE
 * and the form offers a short choice. The label is the zone's city as people say it.
 */
export const meetingTimeZones = {
  'America/Vancouver': 'Vancouver',
  'America/Edmonton': 'Edmonton',
  'America/Regina': 'Regina',
  'America/Winnipeg': 'Winnipeg',
  'America/Toronto': 'Toronto',
  'America/Halifax': 'Halifax',
  'America/Moncton': 'Moncton',
  'America/St_Johns': "St. John's",
  'America/Whitehorse': 'Whitehorse',
} as const;

export type MeetingTimeZone = keyof typeof meetingTimeZones;
export const meetingTimeZoneIds = Object.keys(meetingTimeZones) as [MeetingTimeZone, ...MeetingTimeZone[]];
export const defaultMeetingTimeZone: MeetingTimeZone = 'America/Vancouver';

export const meetingTimeZoneSchema = z.enum(meetingTimeZoneIds);
