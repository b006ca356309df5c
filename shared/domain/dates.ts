import { z } from 'zod';
import { fieldRule } from '../validation';

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isValidIsoDate(text: string): boolean {
  const match = isoDatePattern.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An empty date is reported as missing, not as a malformed one: the coordinator simply left it blank. */
export const isoDateSchema = z.string().superRefine((text, context) => {
  if (text.trim() === '') context.addIssue(fieldRule([], 'required'));
  else if (!isValidIsoDate(text)) context.addIssue(fieldRule([], 'isoDate'));
});

const isoTimePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

export const isoTimeSchema = z.string().superRefine((text, context) => {
  if (text.trim() === '') context.addIssue(fieldRule([], 'required'));
  else if (!isoTimePattern.test(text)) context.addIssue(fieldRule([], 'isoTime'));
});

/** Today's date in the machine's local time zone, as the coordinator reads a calendar. */
export function todayIsoDate(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
