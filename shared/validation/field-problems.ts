import type { z } from 'zod';

/** Values a problem's wording needs: counts, limits, names, dates (ISO), as plain data. */
export type ProblemParams = Record<string, string | number>;

/**
 * Why a field was refused. Each side words a reason its own way: the main side as a short English
 * fragment after the field's name (API messages, import problems, logs), the renderer as a whole
 * sentence in the UI's language. Schemas name a reason only where zod's own code is not enough.
 */
export const fieldReasons = [
  'required',
  'tooLong',
  'tooShort',
  'notNegative',
  'tooSmall',
  'tooLarge',
  'tooMany',
  'wholeNumber',
  'wrongKind',
  'chooseOption',
  'mustConfirm',
  'email',
  'unknownFields',
  'invalid',
  'isoDate',
  'isoTime',
  'phone',
  'phoneDigits',
  'webAddress',
  'languageTwice',
  'preferredNotSpoken',
  'leftBeforeJoined',
  'onlyForIndividuals',
  'aliasRequired',
  'endsBeforeStart',
  'groupRequired',
  'onlyForGroupMeetings',
  'fractionOverOne',
  'quarterKey',
  'thresholdFloor',
  'responseDateRequired',
  'responseRequired',
  'responseBeforeSent',
  'endBeforeStartDate',
  'actualOnlyWhenDelivered',
  'tallyFromBallots',
  'tallyRequired',
  'ballotsOnlyForRollCall',
  'categoriesFromBallots',
  'ballotsTwice',
  'categoriesTwice',
  'seconderIsMover',
  'onlyForApprovingMinutes',
  'amount',
  'hours',
  'oneLead',
  'organisationTwice',
  'periodTooLong',
  'passphraseMismatch',
  'oneLine',
  'unknownNoticeFields',
  'noticeNeedsField',
] as const;
export type FieldReason = (typeof fieldReasons)[number];

export interface FieldProblem {
  reason: FieldReason;
  params: ProblemParams;
}

const knownReasons: ReadonlySet<string> = new Set(fieldReasons);

export function isFieldReason(value: unknown): value is FieldReason {
  return typeof value === 'string' && knownReasons.has(value);
}

/** Options for .refine(): the reason travels in the issue's params, never as hard-coded words. */
export function because(reason: FieldReason, params: ProblemParams = {}): { params: ProblemParams } {
  return { params: { ...params, reason } };
}

/** The issue a superRefine adds for a rule between fields. */
export function fieldRule(path: PropertyKey[], reason: FieldReason, params: ProblemParams = {}) {
  return { code: 'custom' as const, path, params: { ...params, reason } };
}

function plainParams(params: unknown): ProblemParams {
  const result: ProblemParams = {};
  if (typeof params !== 'object' || params === null) return result;
  for (const [key, value] of Object.entries(params)) {
    if (key !== 'reason' && (typeof value === 'string' || typeof value === 'number')) result[key] = value;
  }
  return result;
}

const limit = (value: unknown): number => (typeof value === 'bigint' ? Number(value) : Number(value));

/** Reads any zod issue (raw, inside an error map, or final) as a reason and its values. */
export function fieldProblemOf(issue: z.core.$ZodRawIssue | z.core.$ZodIssue): FieldProblem {
  const anyIssue = issue as z.core.$ZodRawIssue & Record<string, unknown>;
  const params = 'params' in anyIssue ? (anyIssue.params as Record<string, unknown> | undefined) : undefined;
  if (params && isFieldReason(params.reason)) return { reason: params.reason, params: plainParams(params) };
  switch (issue.code) {
    case 'too_small': {
      const min = limit(anyIssue.minimum);
      if (anyIssue.origin === 'string') return min <= 1 ? { reason: 'required', params: {} } : { reason: 'tooShort', params: { min } };
      if (anyIssue.origin === 'array' || anyIssue.origin === 'set') return { reason: 'required', params: {} };
      return min === 0 ? { reason: 'notNegative', params: {} } : { reason: 'tooSmall', params: { min } };
    }
    case 'too_big': {
      const max = limit(anyIssue.maximum);
      if (anyIssue.origin === 'string') return { reason: 'tooLong', params: { max } };
      if (anyIssue.origin === 'array' || anyIssue.origin === 'set') return { reason: 'tooMany', params: { max } };
      return { reason: 'tooLarge', params: { max } };
    }
    case 'invalid_type':
      if (anyIssue.expected === 'int') return { reason: 'wholeNumber', params: {} };
      if (anyIssue.input === undefined || anyIssue.input === null) return { reason: 'required', params: {} };
      return { reason: 'wrongKind', params: { expected: String(anyIssue.expected) } };
    case 'not_multiple_of':
      return { reason: 'wholeNumber', params: {} };
    case 'invalid_format':
      return anyIssue.format === 'email' ? { reason: 'email', params: {} } : { reason: 'invalid', params: {} };
    case 'invalid_value': {
      const values = Array.isArray(anyIssue.values) ? anyIssue.values : [];
      return values.length === 1 && values[0] === true ? { reason: 'mustConfirm', params: {} } : { reason: 'chooseOption', params: {} };
    }
    case 'unrecognized_keys':
      return { reason: 'unknownFields', params: { keys: Array.isArray(anyIssue.keys) ? anyIssue.keys.join(', ') : '' } };
    default:
      return { reason: 'invalid', params: {} };
  }
}
