import type { ICalDayJsStub } from 'ical-generator';

/**
 * A meeting's date and time as ical-generator's day.js-shaped value, so DTSTART;TZID=... carries
 * exactly the wall-clock time the coordinator typed. A native Date would not do: with a TZID,
 * ical-generator reads a Date's hours in the process's own zone, and converting through Node's
 * Intl tz data (a release behind for British Columbia) could shift the hour. The stub has no tz()
 * method, so ical-generator prints it as it is; toDate() only orders start and end.
 */
export function wallClockTime(isoDate: string, time: string): ICalDayJsStub {
  const compactDate = isoDate.replaceAll('-', '');
  const compactTime = `${time.replace(':', '')}00`;
  const iso = `${isoDate}T${time}:00`;
  return {
    format: (pattern?: string) => (pattern === 'YYYYMMDD' ? compactDate : pattern === 'HHmmss' ? compactTime : iso),
    isValid: () => true,
    toDate: () => new Date(`${iso}Z`),
    toJSON: () => iso,
  };
}
