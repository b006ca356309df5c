import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { MeetingPage } from './page-models/meeting-page';
import { MemberForm } from './page-models/member-form';
import { ReportsPage } from './page-models/reports-page';
import { callOk, daysFromToday, markPresent, seedMeeting, seedMember, seedTabledRecommendation } from '../support/seed';
import { shownDate } from '../support/shown-date';

/**
 * Every foreseeable refusal reads as a plain sentence in the UI's language, names things as the
 * coordinator knows them (titles and dates, never ids or field paths) and says what to do next.
 */
const languages = ['en', 'fr'] as const;
type Language = (typeof languages)[number];
const words = {
  en: {
    required: 'This is required.',
    email: 'Enter an email address such as name@example.org.',
    fixFields: 'Some fields need correcting; each one says what to change.',
    nameTaken: 'A working group named “Housing justice” already exists. Choose another name.',
    overCounted: 'The counts add up to 8 members, but only 5 are present. Check the numbers or the roll call.',
    approveLater: (date: string) => `These minutes can be approved at “Spring plenary” (${date}) once it has taken place.`,
    noMinutes: (date: string) => `“Spring plenary” (${date}) has no minutes yet, so only the documents that do not need them are offered.`,
  },
  fr: {
    required: 'Ce champ est obligatoire.',
    email: 'Entrez une adresse courriel comme nom@exemple.org.',
    fixFields: 'Certains champs sont à corriger; chacun indique quoi changer.',
    nameTaken: 'Un groupe de travail nommé « Housing justice » existe déjà. Choisissez un autre nom.',
    overCounted: 'Les nombres totalisent 8 membres, mais seulement 5 sont présents. Vérifiez les nombres ou l’appel.',
    approveLater: (date: string) => `Ce procès-verbal pourra être adopté à « Spring plenary » (${date}) une fois qu’elle aura eu lieu.`,
    noMinutes: (date: string) =>
      `« Spring plenary » (${date}) n’a pas encore de procès-verbal : seuls les documents qui n’en ont pas besoin sont proposés.`,
  },
} satisfies Record<Language, unknown>;

for (const language of languages) {
  test.describe(`in ${language === 'en' ? 'English' : 'French'}`, () => {
    test('the member form refuses what the contract refuses, in whole sentences, before anything is sent', async ({ page, app }) => {
      await new AppShell(page).chooseLanguage(language);
      const form = new MemberForm(page);
      await form.openNew();
      await form.field('joinedOn').fill('');
      await form.field('email').fill('not-an-email');
      await form.save();
      await expect(page.getByText(words[language].fixFields)).toBeVisible();
      await form.expectFieldError('displayName', words[language].required);
      // An empty date is missing, not malformed.
      await form.expectFieldError('joinedOn', words[language].required);
      await form.expectFieldError('email', words[language].email);
      const stored = await callOk(app.backend.dispatch, 'members.list', {});
      expect(stored.total).toBe(0);
    });

    test('a refusal from the ledger is worded under the field it concerns', async ({ page, app }) => {
      await callOk(app.backend.dispatch, 'workingGroups.create', { group: { name: 'Housing justice', mandate: null, status: 'active' } });
      const shell = new AppShell(page);
      await shell.chooseLanguage(language);
      await shell.goto('#/workingGroups/new');
      await page.getByLabel(/^(Name|Nom)$/).fill('Housing justice');
      await page.getByRole('button', { name: /^(Save|Enregistrer)$/ }).click();
      await expect(page.getByLabel(/^(Name|Nom)$/)).toHaveAccessibleDescription(words[language].nameTaken);
      await expect(page.getByRole('alert').filter({ hasText: /group\.name|conflict/ })).toHaveCount(0);
    });

    test('minutes wait for a meeting that has taken place, and the button says which and when', async ({ page, app }) => {
      const { dispatch } = app.backend;
      const held = await seedMeeting(dispatch, { title: 'Autumn plenary', heldOn: daysFromToday(-20) });
      const minutes = await callOk(dispatch, 'minutes.start', { meetingId: held.meeting.id });
      await callOk(dispatch, 'minutes.circulate', { minutesId: minutes.id, circulatedOn: daysFromToday(-10) });
      const next = daysFromToday(40);
      await seedMeeting(dispatch, { title: 'Spring plenary', heldOn: next });
      await new AppShell(page).chooseLanguage(language);
      const meeting = new MeetingPage(page);
      await meeting.open(held.meeting.id, 'minutes');
      await expect(meeting.approveButton).toBeDisabled();
      await expect(meeting.approveButton).toHaveAccessibleDescription(words[language].approveLater(shownDate(next, language)));
    });

    test('a vote counting more members than are present is flagged as it is typed', async ({ page, app }) => {
      const { dispatch } = app.backend;
      const plenary = await seedMeeting(dispatch, { title: 'Winter plenary', heldOn: daysFromToday(-1) }, { useTemplate: false });
      const members = [];
      for (const name of ['Ana', 'Ben', 'Cleo', 'Dev', 'Eli']) members.push((await seedMember(dispatch, { displayName: name, alias: `Worker ${name}` })).id);
      await markPresent(dispatch, plenary.meeting.id, members);
      await seedTabledRecommendation(dispatch, plenary.meeting.id, { draftedOn: daysFromToday(-30) });
      await new AppShell(page).chooseLanguage(language);
      const meeting = new MeetingPage(page);
      await meeting.open(plenary.meeting.id, 'votes');
      await meeting.tallyBox('for').fill('4');
      await meeting.tallyBox('against').fill('1');
      await meeting.tallyBox('abstain').fill('3');
      await expect(meeting.voteOutcome).toHaveText(words[language].overCounted);
    });

    test('Reports open on the latest meeting with minutes, and explain what a meeting without them offers', async ({ page, app }) => {
      const { dispatch } = app.backend;
      const autumn = await seedMeeting(dispatch, { title: 'Autumn plenary', heldOn: daysFromToday(-60) });
      await callOk(dispatch, 'minutes.start', { meetingId: autumn.meeting.id });
      const spring = await seedMeeting(dispatch, { title: 'Spring plenary', heldOn: daysFromToday(-5) });
      await new AppShell(page).chooseLanguage(language);
      const reports = new ReportsPage(page);
      await reports.open();
      await expect(reports.meetingChoice).toHaveValue(String(autumn.meeting.id));
      await expect(page.getByRole('alert')).toHaveCount(0);
      await reports.meetingChoice.selectOption(String(spring.meeting.id));
      await expect(page.getByText(words[language].noMinutes(shownDate(spring.meeting.heldOn, language)))).toBeVisible();
      await expect(reports.documentChoice.locator('option')).toHaveCount(2);
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  });
}
