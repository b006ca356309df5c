import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { MemberDraftInput } from '../../shared/domain/member';
import { memberDraft, seedMeeting, seedMember } from '../support/seed';
import { expect, openSection, test } from './fixtures';

/** A union member who speaks English and may be contacted; each test says what differs. */
const member = (overrides: Partial<MemberDraftInput>): MemberDraftInput =>
  memberDraft({ alias: null, category: 'union', languages: ['en'], preferredLanguage: 'en', phone: null, joinedOn: '2025-01-01', ...overrides });

async function expectAxeClean(page: Page, selector: string) {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

test('the coordinator writes a Spanish notice, prepares a plenary’s notices and downloads the Spanish recipients and calendar file', async ({ app, page }) => {
  const { dispatch } = app.backend;
  await seedMember(dispatch, member({ displayName: 'Rosa Realname', alias: 'Rosa A.', category: 'current_migrant_worker', languages: ['es'], preferredLanguage: 'es', email: 'rosa@example.org' }));
  await seedMember(dispatch, member({ displayName: 'Pat Union', email: 'pat@example.org' }));
  await seedMember(dispatch, member({ displayName: 'Quiet Person', email: 'quiet@example.org', mayContact: false }));
  const detail = await seedMeeting(dispatch, {
    title: 'Winter plenary',
    heldOn: '2027-01-16',
    startsAt: '10:00',
    endsAt: '13:00',
    onlineLink: 'https://meet.example.org/plenary',
  });
  const meetingId = detail.meeting.id;

  // Settings → the notice texts; a Spanish text for plenary invitations.
  await openSection(page, 'Settings');
  await page.getByRole('link', { name: 'Notice texts in each language' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notice texts' })).toBeVisible();
  await page.getByRole('button', { name: 'Write a text in another language' }).click();
  await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Spanish' });
  await page.getByLabel('Subject').fill('Invitación: {{title}}');
  await page.getByLabel('Text', { exact: true }).fill('Hola,\n\nLe invitamos a «{{title}}».\nFecha: {{date}}\nHora: {{time}}\nLugar: {{place}}\nEn línea: {{onlineLink}}\n{{lugar}}');
  await page.getByRole('button', { name: 'Save text' }).click();
  // An unknown field is refused under the field, in a sentence.
  await expect(page.getByText('The app does not know the field {{lugar}}')).toBeVisible();
  const body = page.getByLabel('Text', { exact: true });
  await body.fill((await body.inputValue()).replace('\n{{lugar}}', ''));
  await page.getByRole('button', { name: 'Save text' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Text saved.' })).toBeVisible();
  await expect(page.getByTestId('notice-texts').getByRole('row', { name: /Spanish/ })).toContainText('written here');
  await expectAxeClean(page, '.list-page');

  // The meeting's Notices tab: who gets what, then prepare.
  await openSection(page, 'Meetings');
  await page.getByRole('link', { name: 'Winter plenary' }).click();
  await page.getByRole('navigation', { name: 'Meeting sections' }).getByRole('link', { name: 'Notices' }).click();
  await expect(page.getByRole('heading', { name: 'Notices to members' })).toBeVisible();
  const spanish = page.getByTestId('notice-group-es');
  await expect(spanish.getByRole('heading')).toHaveText('Spanish: 1 recipient');
  await expect(page.getByTestId('notice-group-en').getByRole('heading')).toHaveText('English: 1 recipient');
  await expect(page.getByRole('region', { name: 'Not reached (1)' })).toContainText('Quiet Person — has not consented to be contacted');
  await page.getByRole('button', { name: 'Prepare notices' }).click();
  await expect(page.getByText(/^Notices prepared: /)).toBeVisible();
  await expect(spanish.getByLabel('Notice text, ready to paste')).toHaveValue(/Fecha: sábado, 16 de enero de 2027/);
  await expect(spanish.getByLabel('Subject')).toHaveValue('Invitación: Winter plenary');
  await expect(page.getByTestId('notice-log')).toContainText('English 1, Spanish 1');
  await expectAxeClean(page, '.notices-panel');

  // The Spanish recipients, behind the personal-data warning.
  await spanish.getByRole('button', { name: 'Recipients (.csv)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Download the recipients list?' });
  await expect(dialog).toContainText('name (or alias) and email address of 1 member');
  const csvDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'I understand, download' }).click();
  const csv = await csvDownload;
  await expect(dialog).toBeHidden();
  await expect(spanish.getByRole('status').filter({ hasText: 'Downloaded notice-recipients' })).toBeVisible();
  expect(csv.suggestedFilename()).toBe(`notice-recipients-2027-01-16-${meetingId}-es.csv`);
  const csvText = fs.readFileSync(await csv.path(), 'utf8');
  expect(csvText).toBe('\uFEFFName,Email\r\nRosa A.,rosa@example.org\r\n');

  // The calendar file in Spanish.
  const icsDownload = page.waitForEvent('download');
  await spanish.getByRole('button', { name: 'Calendar file (.ics)' }).click();
  const ics = await icsDownload;
  expect(ics.suggestedFilename()).toBe(`meeting-2027-01-16-${meetingId}-es.ics`);
  const icsText = fs.readFileSync(await ics.path(), 'utf8');
  expect(icsText).toContain('METHOD:PUBLISH');
  expect(icsText).toContain('DTSTART;TZID=America/Vancouver:20270116T100000');
  expect(icsText).toContain('BEGIN:VTIMEZONE');
  expect(icsText).toContain('Le invitamos a «Winter plenary»');
  expect(icsText).not.toMatch(/example\.org(?!\/plenary)|Rosa|Pat Union|ATTENDEE/);

  // The Dashboard's readiness list says the notices went out.
  await openSection(page, 'Dashboard');
  await expect(page.getByRole('list', { name: 'Readiness' })).toContainText('Notices sent');
});
