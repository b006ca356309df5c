import i18next, { type i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { memberDraftSchema } from '../../../shared/domain/member';
import { describeError, describeIssue, describeZodIssue } from '../../../renderer/src/errors/describe-error';
import { problemsText } from '../../../renderer/src/errors/problems-text';
import { validationText } from '../../../renderer/src/errors/validation-text';
import { minutesText } from '../../../renderer/src/features/meetings/minutes-text';
import { recommendationsText } from '../../../renderer/src/features/recommendations/recommendations-text';
import { common } from '../../../renderer/src/i18n/common';
import { registerFormatters } from '../../../renderer/src/i18n/format';

let i18n: i18n;
beforeAll(async () => {
  i18n = i18next.createInstance();
  const resources = Object.fromEntries(
    (['en', 'fr'] as const).map((language) => [
      language,
      {
        common: common[language],
        problems: problemsText[language],
        validation: validationText[language],
        minutes: minutesText[language],
        recommendations: recommendationsText[language],
      },
    ]),
  );
  await i18n.init({ resources, lng: 'en', fallbackLng: 'en', defaultNS: 'common', interpolation: { escapeValue: false } });
  registerFormatters(i18n);
});

const minutesMissing = new AppError({
  code: 'not_found',
  message: '"Spring plenary" (2027-03-13) has no minutes yet: start them from the agenda first',
  reason: 'reports.minutesMissing',
  params: { title: 'Spring plenary', heldOn: '2027-03-13' },
});

describe('errors from the main side in the coordinator’s words', () => {
  it('names the meeting by its title and date in each language, never by its number', async () => {
    expect(describeError(i18n, minutesMissing)).toEqual({
      text: '“Spring plenary” (Mar 13, 2027) has no minutes yet. Start them from the meeting’s Minutes tab, or choose another meeting.',
      unexpected: false,
      detail: undefined,
    });
    await i18n.changeLanguage('fr');
    expect(describeError(i18n, minutesMissing).text).toBe(
      '« Spring plenary » (13 mars 2027) n’a pas encore de procès-verbal. Commencez-le depuis l’onglet Procès-verbal de la réunion, ou choisissez une autre réunion.',
    );
    await i18n.changeLanguage('en');
  });

  it('agrees a count with its number, and translates the codes it carries', async () => {
    const overCounted = (count: number) =>
      describeIssue(i18n, { path: 'vote.tally', message: 'counts', reason: 'vote.overCounted', params: { counted: 8, count } });
    expect(overCounted(1)).toBe('The counts add up to 8 members, but only 1 is present. Check the numbers or the roll call.');
    expect(overCounted(5)).toBe('The counts add up to 8 members, but only 5 are present. Check the numbers or the roll call.');
    await i18n.changeLanguage('fr');
    expect(overCounted(1)).toBe('Les nombres totalisent 8 membres, mais 1 seul membre est présent. Vérifiez les nombres ou l’appel.');
    const cannotMove = new AppError({ code: 'illegal_transition', message: 'x', reason: 'recommendation.cannotMove', params: { from: 'draft', to: 'adopted' } });
    expect(describeError(i18n, cannotMove).text).toBe('Une recommandation à l’état « Ébauche » ne peut pas passer à « Adoptée ».');
    await i18n.changeLanguage('en');
  });

  it('apologises only for the unexpected, with the detail to copy', () => {
    const crash = new AppError({ code: 'internal', message: 'Something went wrong: disk I/O. Nothing was saved.' });
    expect(describeError(i18n, crash)).toEqual({
      text: 'Sorry, something unexpected went wrong, and nothing was saved.',
      unexpected: true,
      detail: 'internal: Something went wrong: disk I/O. Nothing was saved.',
    });
  });

  it('points to the fields when the refusal is about fields, and keeps foreseen words it has no sentence for', () => {
    const fields = new AppError({ code: 'invalid_input', message: 'Invalid', issues: [{ path: 'member.email', message: 'bad', reason: 'email' }] });
    expect(describeError(i18n, fields).text).toBe('Some fields need correcting; each one says what to change.');
    const imported = new AppError({ code: 'invalid_input', message: '"people.xlsx" has no rows to import.' });
    expect(describeError(i18n, imported)).toMatchObject({ text: 'Something entered was not accepted: "people.xlsx" has no rows to import.', unexpected: false });
  });
});

describe('field checks in the browser, from the contract’s own schema', () => {
  const issuesOf = (input: unknown) => (memberDraftSchema.safeParse(input).error?.issues ?? []) as never[];
  const draft = {
    kind: 'individual', displayName: '', alias: null, category: 'union', organisationName: null, languages: [],
    preferredLanguage: null, email: 'nope', phone: null, mayContact: false, mayBeNamed: false, joinedOn: '', leftOn: null, notes: null,
  };

  it('says a blank date is missing rather than malformed, and words every issue as a whole sentence', async () => {
    const sentences = issuesOf(draft).map((issue) => describeZodIssue(i18n, issue));
    expect(sentences).toEqual(['This is required.', 'Enter an email address such as name@example.org.', 'This is required.']);
    await i18n.changeLanguage('fr');
    expect(issuesOf({ ...draft, joinedOn: '2026-02-30' }).map((issue) => describeZodIssue(i18n, issue))).toContain(
      'Entrez la date sous la forme AAAA-MM-JJ, par exemple 2026-03-14.',
    );
    await i18n.changeLanguage('en');
  });
});
