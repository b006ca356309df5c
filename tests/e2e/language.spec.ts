import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as plainTest } from '@playwright/test';
import { startWebApp } from '../../electron/web/start-web-app';
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { MeetingPage } from './page-models/meeting-page';
import { bookingDraft, callOk, daysFromToday, seedMeeting, seedMember } from '../support/seed';

test('French counts agree with their numbers, and money reads as French money', async ({ page, app }) => {
  const { dispatch } = app.backend;
  const members = [];
  for (const name of ['Ana', 'Ben', 'Cleo']) members.push((await seedMember(dispatch, { displayName: name, alias: `Worker ${name}` })).id);
  const plenary = await seedMeeting(dispatch, { heldOn: daysFromToday(7) }, { useTemplate: false });
  await callOk(dispatch, 'interpretation.bookings.create', {
    meetingId: plenary.meeting.id,
    booking: bookingDraft({ bookedMinutes: 60, hourlyRateCents: 161_331 }),
  });
  await callOk(dispatch, 'meetings.rollCall.mark', { meetingId: plenary.meeting.id, memberId: members[0] as number, presence: 'in_person' });

  await new AppShell(page).chooseLanguage('fr');
  const meeting = new MeetingPage(page);
  await meeting.open(plenary.meeting.id, 'attendance');
  await expect(meeting.quorum).toContainText('1 membre votant présent sur 3');
  await expect(page.getByText('1 membre présent (1 sur place, 0 à distance) et 0 invité.')).toBeVisible();
  await page.getByLabel('Présence de Worker Ben').selectOption('remote');
  await expect(meeting.quorum).toContainText('2 membres votants présents sur 3');
  await expect(page.getByText('2 membres présents (1 sur place, 1 à distance) et 0 invité.')).toBeVisible();

  await meeting.open(plenary.meeting.id, 'interpretation');
  await expect(page.getByRole('cell', { name: '1 613,31 $' })).toBeVisible();
  await new AppShell(page).goto('#/interpretation');
  await expect(page.getByTestId('interpretation-totals').getByRole('row', { name: /Espagnol 1 1 1 613,31 \$/ })).toBeVisible();

  await new AppShell(page).chooseLanguage('en');
  await meeting.open(plenary.meeting.id, 'interpretation');
  await expect(page.getByRole('cell', { name: '$1,613.31' })).toBeVisible();
});

test('an amount typed the French way is saved to the cent', async ({ page, app }) => {
  const plenary = await seedMeeting(app.backend.dispatch, { heldOn: daysFromToday(7) }, { useTemplate: false });
  await new AppShell(page).chooseLanguage('fr');
  await new MeetingPage(page).open(plenary.meeting.id, 'interpretation');
  await page.getByRole('button', { name: 'Réserver un interprète' }).click();
  await page.getByLabel('Fournisseur ou interprète').fill('Coop d’interprètes');
  await page.getByLabel('Heures réservées').fill('1');
  await page.getByLabel('Tarif horaire ($)').fill('1 613,31');
  await page.getByRole('button', { name: 'Enregistrer la réservation' }).click();
  await expect(page.getByRole('cell', { name: '1 613,31 $' })).toBeVisible();
  const bookings = await callOk(app.backend.dispatch, 'interpretation.bookings.list', { meetingId: plenary.meeting.id });
  expect(bookings.items[0]?.hourlyRateCents).toBe(161_331);
});

plainTest('the language chosen is kept for the next session, though the web mode starts on a new port', async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariat-e2e-language-'));
  try {
    const first = await startWebApp({ dataDir });
    await page.goto(first.server.appUrl);
    // The page turns French at once and saves the choice in the background: stop only once it is saved.
    const saved = page.waitForResponse((response) => response.url().endsWith('/api/preferences.set') && response.ok());
    await new AppShell(page).chooseLanguage('fr');
    await saved;
    await first.stop();

    const second = await startWebApp({ dataDir });
    try {
      expect(second.server.appUrl).not.toBe(first.server.appUrl);
      await page.goto(second.server.appUrl);
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      await expect(page.getByRole('navigation').getByRole('link', { name: 'Membres', exact: true })).toBeVisible();
    } finally {
      await second.stop();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
