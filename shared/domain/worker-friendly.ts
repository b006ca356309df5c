/** Workers on farms and in plants can come after their shift or on their day off. */
export const eveningStartsAt = '17:00';

/** Suggests the worker-friendly flag: a weekend day, or a start at or after 17:00. The coordinator may override. */
export function suggestWorkerFriendly(isoDate: string, startsAt: string): boolean {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return false;
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const weekend = weekday === 0 || weekday === 6;
  return weekend || startsAt >= eveningStartsAt;
}

/** Minutes between two HH:MM times on the same day (negative if the end is earlier). */
export function minutesBetween(startsAt: string, endsAt: string): number {
  const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return toMinutes(endsAt) - toMinutes(startsAt);
}
