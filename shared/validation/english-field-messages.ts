import type { FieldProblem, FieldReason, ProblemParams } from './field-problems';

/**
 * The main side's words for a refused field: a fragment read after the field's path, as in
 * "member.joinedOn must be a real date written YYYY-MM-DD". The renderer has its own whole sentences.
 */
const fragments: Record<FieldReason, string | ((params: ProblemParams) => string)> = {
  required: 'is required',
  tooLong: ({ max }) => `must be at most ${max} characters`,
  tooShort: ({ min }) => `must be at least ${min} characters`,
  notNegative: 'must not be negative',
  tooSmall: ({ min }) => `must be at least ${min}`,
  tooLarge: ({ max }) => `must be at most ${max}`,
  tooMany: ({ max }) => `must list at most ${max}`,
  wholeNumber: 'must be a whole number',
  wrongKind: ({ expected }) => `must be a ${expected}`,
  chooseOption: 'must be one of the choices offered',
  mustConfirm: 'must be confirmed',
  email: 'must be an email address such as name@example.org',
  unknownFields: ({ keys }) => `has fields the operation does not accept: ${keys}`,
  invalid: 'is not valid',
  isoDate: 'must be a real date written YYYY-MM-DD',
  isoTime: 'must be a time written HH:MM (24-hour)',
  phone: 'must be a phone number such as +1 604 555 0134',
  phoneDigits: 'must have between 7 and 15 digits',
  webAddress: 'must be a web address starting with https:// such as https://example.org',
  languageTwice: 'lists a language twice',
  preferredNotSpoken: 'must be one of the languages spoken',
  leftBeforeJoined: 'must not be before the joined date',
  onlyForIndividuals: 'is only for individual members',
  aliasRequired: 'is required for a migrant worker: packets and documents name them by alias',
  endsBeforeStart: 'must be after the start time',
  groupRequired: 'is required for a working-group meeting',
  onlyForGroupMeetings: 'is only for working-group meetings',
  fractionOverOne: 'the fraction must not be more than one whole',
  quarterKey: 'must be a quarter such as "2026-27 Q3" (fiscal) or "2026 Q4" (calendar)',
  thresholdFloor: ({ min }) => `must be at least ${min}: smaller counts identify people too easily`,
  responseDateRequired: 'is required when a response is recorded',
  responseRequired: 'is required when a response date is given',
  responseBeforeSent: 'must not be before the date it was sent',
  endBeforeStartDate: 'must not be before the start date',
  actualOnlyWhenDelivered: 'can only be recorded once the booking is delivered',
  tallyFromBallots: 'follows from the ballots in a roll call; leave it empty',
  tallyRequired: 'is required',
  ballotsOnlyForRollCall: 'are kept only for a roll call',
  categoriesFromBallots: 'follow from the ballots in a roll call; leave them empty',
  ballotsTwice: 'list a member twice',
  categoriesTwice: 'list a category twice',
  seconderIsMover: 'must be someone other than the mover',
  onlyForApprovingMinutes: 'is only for a motion approving minutes',
  amount: 'must be an amount such as 85 or 85.50',
  hours: 'must be hours such as 2.5 or 2:30',
  oneLead: ({ count }) => `must name exactly one lead organisation (${count} named)`,
  organisationTwice: 'names an organisation already on the agreement',
  periodTooLong: ({ years }) => `must be at most ${years} years after the start date`,
  passphraseMismatch: 'does not match the passphrase',
  oneLine: 'must be one line',
  unknownNoticeFields: ({ fields, known }) => `has ${fields}, which the app does not know; the fields are ${known}`,
  noticeNeedsField: 'must contain at least one field, such as {{date}}',
};

export function englishFieldMessage(problem: FieldProblem): string {
  const fragment = fragments[problem.reason];
  return typeof fragment === 'function' ? fragment(problem.params) : fragment;
}
