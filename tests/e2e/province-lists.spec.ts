import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { callOk } from '../support/call-operation';
import { memberDraft } from '../support/member-drafts';
import { meetingDraft, organisationDraft } from '../support/seed';
import { blockingViolations } from './axe-scan';
import { expect, openSection, test } from './fixtures';

/** The names in a list page's table, top to bottom. */
async function namesIn(page: Page, table: string): Promise<string[]> {
  return page.getByRole('table', { name: table }).locator('tbody tr td:first-child a, tbody tr th:first-child a').allTextContents();
}

test('a coordinator lists one province’s organisations, meetings and working groups, and exports that province’s roster', async ({ page, app }) => {
  const dispatch = app.backend.dispatch;
  await callOk(dispatch, 'organisations.create', { organisation: organisationDraft({ name: 'Fraser Valley Settlement Services' }) });
  await callOk(dispatch, 'organisations.create', { organisation: organisationDraft({ name: 'Prairie Growers Association', province: 'SK' }) });
  await callOk(dispatch, 'organisations.create', { organisation: organisationDraft({ name: 'Regina Newcomer Centre', province: 'SK' }) });
  await callOk(dispatch, 'workingGroups.create', { group: { name: 'Housing', mandate: null, status: 'active', province: 'ON' } });
  await callOk(dispatch, 'workingGroups.create', { group: { name: 'Harvest outreach', mandate: null, status: 'closed', province: 'ON' } });
  await callOk(dispatch, 'workingGroups.create', { group: { name: 'Policy', mandate: null, status: 'active' } });
  await callOk(dispatch, 'meetings.create', { meeting: meetingDraft({ title: 'Calgary forum', province: 'AB', timeZone: 'America/Edmonton' }) });
  await callOk(dispatch, 'meetings.create', { meeting: meetingDraft({ title: 'Surrey plenary' }) });
  await callOk(dispatch, 'members.create', { member: memberDraft({ displayName: 'Rosa Díaz', alias: 'Heron' }) });
  await callOk(dispatch, 'members.create', { member: memberDraft({ displayName: 'Élodie Tremblay', alias: 'Loon', province: 'QC' }) });
  await callOk(dispatch, 'members.create', { member: memberDraft({ displayName: 'Ana Cruz', alias: 'Osprey', province: 'QC' }) });

  await openSection(page, 'Organisations');
  await page.getByLabel('Province or territory').selectOption({ label: 'Saskatchewan' });
  await expect.poll(() => namesIn(page, 'Organisations')).toEqual(['Prairie Growers Association', 'Regina Newcomer Centre']);
  await expect(page.getByRole('row', { name: /Regina Newcomer Centre.*Saskatchewan/ })).toBeVisible();
  expect(await blockingViolations(page)).toEqual([]);
  await page.getByLabel('Province or territory').selectOption({ label: 'Nunavut' });
  await expect(page.getByText('No organisation matches.')).toBeVisible();

  await openSection(page, 'Meetings');
  await page.getByLabel('Province or territory').selectOption({ label: 'Alberta' });
  await expect(page.getByRole('row', { name: /Calgary forum.*Alberta/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Surrey plenary/ })).toHaveCount(0);
  await page.getByLabel('Province or territory').selectOption({ label: 'Manitoba' });
  await expect(page.getByText('No meeting matches these filters.')).toBeVisible();

  await openSection(page, 'Working groups');
  await page.getByLabel('Province or territory').selectOption({ label: 'Ontario' });
  await expect.poll(() => namesIn(page, 'Working groups')).toEqual(['Housing']);
  await page.getByLabel('Status').selectOption({ label: 'All groups' });
  await expect.poll(() => namesIn(page, 'Working groups')).toEqual(['Harvest outreach', 'Housing']);
  await expect(page.getByRole('row', { name: /Housing.*Ontario/ })).toBeVisible();
  expect(await blockingViolations(page)).toEqual([]);
  await page.getByLabel('Province or territory').selectOption({ label: 'Yukon' });
  await expect(page.getByText('No working group matches these filters.')).toBeVisible();

  // The roster dialog offers the list's province first; the workbook holds that province's members only.
  await openSection(page, 'Members');
  await page.getByLabel('Province or territory').selectOption({ label: 'Quebec' });
  await expect(page.getByRole('status').filter({ hasText: 'member' })).toHaveText('2 members');
  await expect(page.getByRole('row', { name: /Ana Cruz.*QC/ })).toBeVisible();
  await page.getByRole('button', { name: 'Export roster (.xlsx)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the roster?' });
  await expect(dialog.getByLabel('Members from')).toHaveValue('QC');
  // A stray Enter cancels: the warning opens on Cancel, not on the choice or the export button.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  expect(await blockingViolations(page)).toEqual([]);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'I understand, export' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^roster-QC-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(page.getByText(/^2 members exported to roster-QC-/)).toBeVisible();

  const workbook = new ExcelJS.Workbook();
  const bytes = fs.readFileSync(await file.path());
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(2).values as unknown[]).slice(1);
  const provinceColumn = headers.indexOf('Province or territory') + 1;
  expect(provinceColumn).toBeGreaterThan(0);
  const rows: string[][] = [];
  sheet.eachRow((row, number) => {
    if (number > 2) rows.push([row.getCell(1).text, row.getCell(provinceColumn).text]);
  });
  expect(rows).toEqual([
    ['Ana Cruz', 'Quebec'],
    ['Élodie Tremblay', 'Quebec'],
  ]);

  // Opened again on the whole Network, it exports everyone.
  await page.getByLabel('Province or territory').selectOption({ label: 'All provinces and territories' });
  await page.getByRole('button', { name: 'Export roster (.xlsx)' }).click();
  await expect(dialog.getByLabel('Members from')).toHaveValue('');
  const everyone = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'I understand, export' }).click();
  expect((await everyone).suggestedFilename()).toMatch(/^roster-\d{4}-\d{2}-\d{2}\.xlsx$/);
});

test('the members list’s filters wrap inside the window at 1280 by 800, in English and in French', async ({ page, withDemoNetwork }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await withDemoNetwork();
  const overflow = () =>
    page.evaluate(() => {
      // Runs in the browser; the test project has no DOM types.
      const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
      return root.scrollWidth - root.clientWidth;
    });
  await openSection(page, 'Members');
  await expect(page.getByLabel('Working group')).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await openSection(page, 'Settings');
  await page.getByLabel('Language of the app').selectOption('fr');
  await page.getByRole('navigation').getByRole('link', { name: 'Membres', exact: true }).click();
  await expect(page.getByLabel('Groupe de travail')).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
});
