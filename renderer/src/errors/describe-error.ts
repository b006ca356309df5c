import type { i18n as I18n } from 'i18next';
import type { AppError, FieldIssue, ProblemParams } from '../../../shared/errors';
import { fieldProblemOf, isFieldReason } from '../../../shared/validation';
import type { z } from 'zod';

/** What the error banner shows: a sentence, and for the unexpected a detail to copy. */
export interface ErrorDescription {
  text: string;
  /** True only when the app did not foresee it: the banner apologises and offers the detail. */
  unexpected: boolean;
  detail: string | undefined;
}

const unexpectedCodes: ReadonlySet<string> = new Set(['internal', 'unknown_operation']);

/** A reason in the coordinator's words, or undefined when this version of the renderer has none for it. */
export function describeReason(i18n: I18n, reason: string | undefined, params: ProblemParams = {}): string | undefined {
  if (!reason) return undefined;
  const namespace = isFieldReason(reason) ? 'validation' : 'problems';
  const key = `${namespace}:${reason}`;
  const options = { ...params, interpolation: { escapeValue: false } };
  return i18n.exists(key, options) ? i18n.t(key, options) : undefined;
}

/** One refused field, worded for the place right under it. */
export function describeIssue(i18n: I18n, issue: FieldIssue): string {
  return describeReason(i18n, issue.reason, issue.params) ?? issue.message;
}

/** A zod issue raised in the browser (the form checks the contract's schema before any call). */
export function describeZodIssue(i18n: I18n, issue: z.core.$ZodRawIssue): string {
  const { reason, params } = fieldProblemOf(issue);
  return describeReason(i18n, reason, params) ?? reason;
}

export function describeError(i18n: I18n, error: AppError): ErrorDescription {
  const known = describeReason(i18n, error.reason, error.params);
  if (known) return { text: known, unexpected: false, detail: undefined };
  if (unexpectedCodes.has(error.code)) {
    return { text: i18n.t('problems:app.unexpected'), unexpected: true, detail: `${error.code}: ${error.message}` };
  }
  if (error.code === 'invalid_input' && error.issues.length > 0) {
    return { text: i18n.t('problems:fixFields'), unexpected: false, detail: undefined };
  }
  // Foreseen by the main side but not yet given a reason: its own plain words are the best we have.
  return { text: i18n.t(`problems:generic.${error.code}`, { detail: error.message }), unexpected: false, detail: undefined };
}
