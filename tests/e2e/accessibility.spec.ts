import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as plainTest } from '@playwright/test';
import { startWebApp } from '../../electron/web/start-web-app';
import { blockingViolations } from './axe-scan';
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { MemberForm } from './page-models/member-form';
import { callOk } from '../support/seed';
import type { Dispatch } from '../../electron/handlers/dispatch';


/** Every page of the app, with the demo network's records for the pages about one record. */
async function everyPage(dispatch: Dispatch): Promise<string[]> {
  const member = (await callOk(dispatch, 'members.list', { limit: 1 })).items[0]?.id;
  const organisation = (await callOk(dispatch, 'organisations.list', {})).items[0]?.id;
  const group = (await callOk(dispatch, 'workingGroups.list', { status: null })).items[0]?.id;
  const withMinutes = (await callOk(dispatch, 'meetings.listWithMinutes', {})).items;
  const plenary = withMinutes.find((item) => item.meeting.kind === 'plenary' && item.minutesStatus !== null)?.meeting.id;
  const recommendation = (await callOk(dispatch, 'recommendations.list', {})).items[0]?.id;
  const agreement = (await callOk(dispatch, 'funding.agreements.list', {})).items[0]?.id;
  const meetingPages = ['agenda', 'attendance', 'interpretation', 'votes', 'minutes', 'notices', 'edit'].map((tab) => `#/meetings/${plenary}/${tab}`);
  return [
    '#/dashboard',
    '#/members',
    '#/members/new',
    `#/members/${member}`,
    `#/members/${member}/edit`,
    '#/members/import',
    `#/members/group/${group}`,
    '#/organisations',
    '#/organisations/new',
    `#/organisations/${organisation}`,
    `#/organisations/${organisation}/edit`,
    '#/workingGroups',
    '#/workingGroups/new',
    `#/workingGroups/${group}`,
    `#/workingGroups/${group}/edit`,
    '#/meetings',
    '#/meetings/new',
    ...meetingPages,
    '#/meetings/notice-texts',
    '#/recommendations',
    '#/recommendations/new',
    `#/recommendations/${recommendation}`,
    `#/recommendations/${recommendation}/edit`,
    `#/recommendations/meeting/${plenary}`,
    '#/funding',
    '#/funding/new',
    `#/funding/${agreement}`,
    `#/funding/${agreement}/edit`,
    '#/interpretation',
    '#/reports',
    '#/settings',
  ];
}

for (const language of ['en', 'fr'] as const) {
  test(`every page passes an accessibility scan in ${language === 'en' ? 'English' : 'French'}`, async ({ page, app, withDemoNetwork }) => {
    test.setTimeout(180_000);
    await withDemoNetwork();
    const shell = new AppShell(page);
    await shell.chooseLanguage(language);
    const found: Record<string, string[]> = {};
    for (const hash of await everyPage(app.backend.dispatch)) {
      await shell.goto(hash);
      const violations = await blockingViolations(page);
      if (violations.length > 0) found[hash] = violations;
    }
    expect(found).toEqual({});
  });
}

test('a form showing its errors passes the scan too', async ({ page }) => {
  const form = new MemberForm(page);
  await form.openNew();
  await form.field('email').fill('not-an-email');
  await form.save();
  await expect(form.field('email')).toHaveAttribute('aria-invalid', 'true');
  expect(await blockingViolations(page)).toEqual([]);
});

plainTest('the recovery screen passes the scan', async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariat-e2e-a11y-'));
  fs.writeFileSync(path.join(dataDir, 'ledger.sqlite'), 'not a ledger');
  const app = await startWebApp({ dataDir });
  try {
    await page.goto(app.server.appUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'The ledger could not be opened' })).toBeVisible();
    expect(await blockingViolations(page)).toEqual([]);
  } finally {
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
