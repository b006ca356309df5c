/** Hours typed as "2.5", "2,5" or "2:30", to whole minutes (bookings are kept in minutes). */
export function parseHoursToMinutes(text: string): number | undefined {
  const trimmed = text.trim();
  const clock = /^(\d{1,3}):([0-5]\d)$/.exec(trimmed);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const decimal = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(trimmed);
  if (!decimal) return undefined;
  const hundredths = Number(decimal[1]) * 100 + Number((decimal[2] ?? '').padEnd(2, '0'));
  return Math.round((hundredths * 60) / 100);
}

/** 150 -> "2.5"; 135 -> "2.25"; 140 -> "2:20" when the minutes are not a neat fraction. */
export function formatMinutesAsHours(minutes: number): string {
  if ((minutes * 100) % 60 === 0) {
    const hundredths = (minutes * 100) / 60;
    const whole = Math.floor(hundredths / 100);
    const fraction = hundredths % 100;
    return fraction === 0 ? String(whole) : `${whole}.${String(fraction).padStart(2, '0').replace(/0$/, '')}`;
  }
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
