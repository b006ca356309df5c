import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';

async function workbook(rows: (string | Date | null)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Membres');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

test('a coordinator imports a workbook after matching a column the app did not recognise', async ({ page }) => {
  const file = await workbook([
    ['Liste des membres — novembre 2026'],
    ['Nom', 'Adresse perso', 'Catégorie', 'Langues', 'Date d’adhésion'],
    [
      'Hélène Côté',
      'helene@example.org',
      'Syndicat ou organisation syndicale',
      'Français',
      new Date(Date.UTC(2024, 1, 1)),
    ],
    ['ਗੁਰਪ੍ਰੀਤ ਕੌਰ', 'gurpreet@example.org', 'Travailleur migrant actuel', 'Pendjabi, Anglais', '2025-03-14'],
  ]);

  await page.getByRole('navigation').getByRole('link', { name: 'Members', exact: true }).click();
  await page.getByRole('link', { name: 'Import from a spreadsheet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import members' })).toBeVisible();
  await expect(page.getByText('Limits: 20 MB and 50,000 rows per file.')).toBeVisible();

  await page.getByLabel('Spreadsheet file (.xlsx or .csv)').setInputFiles({
    name: 'membres.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file,
  });
  await expect(page.getByText('membres.xlsx: 2 rows found below the header on row 2')).toBeVisible();

  // The app recognised the French headers but not "Adresse perso"; without it no email is imported.
  const emailColumn = page.getByLabel('Member field for column "Adresse perso"');
  await expect(emailColumn).toHaveValue('');
  await expect(page.getByLabel('Member field for column "Nom"')).toHaveValue('displayName');
  await emailColumn.selectOption({ label: 'Email' });
  await expect(page.getByText('Checked: 2 new members, 0 possible duplicates, 0 rows with problems.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Preview of the first rows' })).toContainText('ਗੁਰਪ੍ਰੀਤ ਕੌਰ');

  await page.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByText('Import finished: 2 members added, 0 updated, 0 rows skipped.')).toBeVisible();

  await page.getByRole('link', { name: 'See the members' }).click();
  await page.getByLabel('Search members').fill('gurpreet@example.org');
  await expect(page.getByRole('status').filter({ hasText: 'member' })).toHaveText('1 member');
  await expect(page.getByRole('link', { name: 'ਗੁਰਪ੍ਰੀਤ ਕੌਰ' })).toBeVisible();
});

test('the roster export warns about personal data before it downloads anything', async ({ page }) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Members', exact: true }).click();
  await page.getByRole('button', { name: 'Export roster (.xlsx)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the roster?' });
  await expect(dialog).toContainText('personal data');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Export roster (.xlsx)' }).click();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'I understand, export' }).click();
  expect((await download).suggestedFilename()).toMatch(/^roster-\d{4}-\d{2}-\d{2}\.xlsx$/);
});
