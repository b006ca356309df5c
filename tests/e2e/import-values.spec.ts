import fs from 'node:fs';
import ExcelJS from 'exceljs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

type Cell = string | null;

async function workbook(rows: Cell[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Members');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The value step and the problems appear only once a file is read: scanned here, where they are. */
async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function openImport(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Members', exact: true }).click();
  await page.getByRole('link', { name: 'Import from a spreadsheet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import members' })).toBeVisible();
}

async function pickFile(page: Page, name: string, rows: Cell[][]) {
  await page.getByLabel('Spreadsheet file (.xlsx or .csv)').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await workbook(rows),
  });
}

const header = ['Name', 'Sector', 'Languages', 'Email'];

test('a sheet in the coordinator’s own words: the values are matched, confirmed, and remembered next time', async ({
  page,
  app,
}) => {
  await openImport(page);
  await pickFile(page, 'our-list.xlsx', [
    header,
    ['Maricel Santos', 'MW', 'Filipino', 'maricel@example.org'],
    ['Harjit Gill', 'Syndicat', 'Panjabi, English', 'harjit@example.org'],
    ['Dana Cole', 'Govt BC', 'English', 'dana@example.org'],
    ['Lin Wei', 'Gouvernement', 'Mandarin', 'lin@example.org'],
    ['Ana Flores', 'mw', 'Tagalgo', 'ana@example.org'],
  ]);
  await expect(page.getByText('our-list.xlsx: 5 rows found below the header on row 1')).toBeVisible();
  await expect(page.getByLabel('Member field for column "Sector"')).toHaveValue('category');

  // Each value once, with how many rows use it and what the app takes it for.
  const values = page.getByRole('region', { name: 'Match the values' });
  const mw = page.getByTestId('import-value-category').filter({ hasText: 'MW' });
  await expect(mw.getByRole('cell').nth(0)).toHaveText('2');
  await expect(page.getByLabel('Stakeholder category for "MW"')).toHaveValue('current_migrant_worker');
  await expect(page.getByLabel('Stakeholder category for "Syndicat"')).toHaveValue('union');
  await expect(page.getByLabel('Stakeholder category for "Govt BC"')).toHaveValue('government_bc');
  await expect(page.getByLabel('Language for "Filipino"')).toHaveValue('tl');
  await expect(page.getByLabel('Language for "Panjabi"')).toHaveValue('pa');
  await expect(page.getByLabel('Language for "Tagalgo"')).toHaveValue('tl');
  await expect(values).toContainText('A close spelling: check it');
  // "Gouvernement" could be any government: the app does not guess, and the row waits.
  await expect(page.getByLabel('Stakeholder category for "Gouvernement"')).toHaveValue('');
  await expect(values).toContainText(
    'Could be Provincial or territorial government, Government of Canada or Foreign government: choose one',
  );
  await expect(page.getByText('Checked: 4 new members, 0 possible duplicates, 1 row with problems.')).toBeVisible();
  await expect(page.getByText('The category “Gouvernement” is not matched to a stakeholder category')).toBeVisible();

  await expectAccessible(page);

  await page.getByLabel('Stakeholder category for "Gouvernement"').selectOption({ label: 'Government of Canada' });
  await expect(page.getByText('Checked: 5 new members, 0 possible duplicates, 0 rows with problems.')).toBeVisible();
  await page.getByRole('button', { name: 'Import 5 rows' }).click();
  await expect(page.getByText('Import finished: 5 members added, 0 updated, 0 rows skipped.')).toBeVisible();
  await expect(page.getByText('2 migrant workers without an alias were given one')).toBeVisible();

  const stored = await app.backend.ledger.db
    .selectFrom('members')
    .select(['display_name', 'category', 'alias'])
    .orderBy('id')
    .execute();
  expect(stored.map((member) => [member.display_name, member.category])).toEqual([
    ['Maricel Santos', 'current_migrant_worker'],
    ['Harjit Gill', 'union'],
    ['Dana Cole', 'government_bc'],
    ['Lin Wei', 'government_canada'],
    ['Ana Flores', 'current_migrant_worker'],
  ]);
  const workerAliases = stored
    .filter((member) => member.category === 'current_migrant_worker')
    .map((member) => member.alias);
  expect(workerAliases.every((alias) => /^[A-Z][a-z]+$/.test(alias ?? ''))).toBe(true);

  // The next sheet in the same words: the coordinator's choice is remembered.
  await page.getByRole('button', { name: 'Choose another file' }).click();
  await pickFile(page, 'more.xlsx', [header, ['Omar Haddad', 'Gouvernement', 'Arabic', 'omar@example.org']]);
  await expect(page.getByLabel('Stakeholder category for "Gouvernement"')).toHaveValue('government_canada');
  await expect(page.getByText('As you confirmed at an earlier import')).toBeVisible();
  await expect(page.getByText('Checked: 1 new member, 0 possible duplicates, 0 rows with problems.')).toBeVisible();
});

test('bad rows: problems listed once each, the valid rows imported, the others downloaded with their reasons', async ({
  page,
}) => {
  await openImport(page);
  await pickFile(page, 'mixed.xlsx', [
    header,
    ['Rosa Díaz', 'MW', 'Spanish', 'rosa@example.org'], // 2
    ['Bad One', 'Employer', 'English', 'bad@'], // 3
    ['Star Gazer', 'Astronaut', 'English', 'star@example.org'], // 4
    ['Bad Two', 'Employer', 'English', 'not an email'], // 5
    ['Luis Ortega', 'Union', 'Spanish', 'luis@example.org'], // 6
    ['Moon Walker', 'Astronaut', 'English', 'moon@example.org'], // 7
    ['Bad Three', 'Employer', 'English', 'x@'], // 8
  ]);
  await expect(page.getByText('Checked: 2 new members, 0 possible duplicates, 5 rows with problems.')).toBeVisible();
  const problems = page.getByRole('list', { name: 'Problems in the file' }).getByRole('listitem');
  await expect(problems).toHaveCount(2);
  await expect(problems.nth(0)).toContainText('Email is not an email address such as name@example.org');
  await expect(problems.nth(0)).toContainText('rows 3, 5 and 8');
  await expect(problems.nth(1)).toContainText('The category “Astronaut” is not matched to a stakeholder category');
  await expect(problems.nth(1)).toContainText('rows 4 and 7');

  await expectAccessible(page);

  // Nothing is imported until the coordinator explicitly chooses the valid rows only.
  await expect(page.getByRole('button', { name: 'Import the 2 valid rows' })).toBeDisabled();
  await expect(page.getByText('Fix the problems above, or choose to import the valid rows only.')).toBeVisible();
  await page.getByRole('radio', { name: /^The 2 valid rows now/ }).check();
  await page.getByRole('button', { name: 'Import the 2 valid rows' }).click();
  await expect(page.getByText('Import finished: 2 members added, 0 updated, 0 rows skipped.')).toBeVisible();
  await expect(page.getByText('5 rows with problems were set aside')).toBeVisible();

  // The rejected rows hold personal data: the same warning as every export, then the workbook.
  await page.getByRole('button', { name: 'Download the 5 rows to fix (.xlsx)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Download the rows to fix?' });
  await expect(dialog).toContainText('personal data');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'I understand, download' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^mixed-to-fix-\d{4}-\d{2}-\d{2}\.xlsx$/);

  const book = new ExcelJS.Workbook();
  await book.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([...header, 'Reason not imported']);
  const rows = [3, 4, 5, 6, 7].map((number) => (sheet.getRow(number).values as unknown[]).slice(1));
  expect(rows.map((row) => [row[0], row[4]])).toEqual([
    ['Bad One', 'Email is not an email address such as name@example.org'],
    ['Star Gazer', 'The category “Astronaut” is not matched to a stakeholder category'],
    ['Bad Two', 'Email is not an email address such as name@example.org'],
    ['Moon Walker', 'The category “Astronaut” is not matched to a stakeholder category'],
    ['Bad Three', 'Email is not an email address such as name@example.org'],
  ]);
});
