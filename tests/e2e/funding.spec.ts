import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { docxParagraphs } from '../support/read-zip';
import { daysFromToday, memberDraft, organisationDraft } from '../support/seed';
import { expect, openSection, test } from './fixtures';

test('the coordinator records an agreement with two partners, a claim and a payment, sees its report due on the Dashboard, and reports on it to the funder in both languages', async ({ page, app }) => {
  for (const organisation of [
    organisationDraft({ name: 'Valley Newcomer Services', size: 'large' }),
    organisationDraft({ name: 'Farmworker Justice Collective', sector: 'worker_advocacy', size: 'grassroots' }),
    organisationDraft({ name: 'Agricultural Workers Local', sector: 'union', size: 'medium' }),
  ]) {
    expect((await app.backend.dispatch('organisations.create', { organisation })).ok).toBe(true);
  }
  expect((await app.backend.dispatch('members.create', { member: memberDraft() })).ok).toBe(true);
  const startsOn = daysFromToday(-40);
  const today = daysFromToday(0);
  await page.reload();
  await openSection(page, 'Funding');
  await page.getByRole('link', { name: 'New agreement' }).click();
  await page.getByLabel('Title').fill('Harvest rights outreach');
  await page.getByLabel('Purpose').fill('Evening workshops on workers’ rights during the harvest.');
  await page.getByLabel('Amount approved').fill('50,000.00');
  await page.getByLabel('Starts on').fill(startsOn);
  await page.getByLabel('Ends on').fill(daysFromToday(300));
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Active' });
  await page.getByLabel('Organisation 1', { exact: true }).selectOption({ label: 'Valley Newcomer Services' });
  await page.getByLabel('Organisation 2', { exact: true }).selectOption({ label: 'Farmworker Justice Collective' });
  await page.getByLabel('Role of organisation 2').selectOption({ label: 'Mentored organisation' });
  await page.getByRole('button', { name: 'Add an organisation' }).click();
  await page.getByLabel('Organisation 3', { exact: true }).selectOption({ label: 'Agricultural Workers Local' });
  await page.getByLabel('Role of organisation 3').selectOption({ label: 'Mentor' });
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Harvest rights outreach' })).toBeVisible();
  await expect(page.getByTestId('agreement-status')).toHaveText('Active');
  await expect(page.getByTestId('agreement-parties')).toContainText('Farmworker Justice Collective · Mentored organisation');
  await expect(page.getByTestId('money-balance')).toHaveText('$50,000.00');

  await page.getByRole('button', { name: 'Record claim' }).click();
  const claimForm = page.getByRole('form', { name: 'Record claim' });
  await claimForm.getByLabel('Received on').fill(today);
  await claimForm.getByLabel('Expenses from').fill(startsOn);
  await claimForm.getByLabel('Expenses to').fill(today);
  await claimForm.getByLabel('Amount').fill('12,500');
  await claimForm.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('funding-claims')).toContainText('$12,500.00');

  await page.getByRole('button', { name: 'Record payment' }).click();
  const paymentForm = page.getByRole('form', { name: 'Record payment' });
  await paymentForm.getByLabel('Paid on').fill(today);
  await paymentForm.getByLabel('Amount').fill('12500');
  await paymentForm.getByLabel('Against claim').selectOption({ index: 1 });
  await paymentForm.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('money-paid')).toHaveText('$12,500.00');
  await expect(page.getByTestId('money-balance')).toHaveText('$37,500.00');

  // Paying beyond the amount approved is refused, in words, until an amendment is recorded.
  await page.getByRole('button', { name: 'Record payment' }).click();
  await paymentForm.getByLabel('Paid on').fill(today);
  await paymentForm.getByLabel('Amount').fill('40,000');
  await paymentForm.getByRole('button', { name: 'Save' }).click();
  await expect(paymentForm.getByRole('alert')).toContainText('more than the $50,000.00 approved then');
  await paymentForm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('money-paid')).toHaveText('$12,500.00');

  await page.getByRole('button', { name: 'Add a milestone or report' }).click();
  const reportForm = page.getByRole('form', { name: 'Milestones and reports' });
  await reportForm.getByLabel('Kind').selectOption({ label: 'Interim report' });
  await reportForm.getByLabel('Due on').fill(daysFromToday(10));
  await reportForm.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('funding-deliverables')).toContainText('Not yet received');

  await openSection(page, 'Dashboard');
  const due = page.getByTestId('dashboard-funding-due');
  await expect(due).toContainText('Due in the next 30 days');
  await expect(due.getByRole('listitem').filter({ hasText: 'Interim report' })).toContainText('Harvest rights outreach');

  // The organisation's page shows who mentors it.
  await openSection(page, 'Organisations');
  await page.getByRole('link', { name: 'Farmworker Justice Collective' }).click();
  await expect(page.getByTestId('organisation-mentors')).toContainText('Agricultural Workers Local');

  // The quarterly report carries the funding section, in English (Word) and French (Excel).
  await openSection(page, 'Reports');
  const english = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Generate Word report (.docx)' }).click();
  const paragraphs = docxParagraphs(fs.readFileSync((await (await english).path())!));
  expect(paragraphs).toContain('Funding program');
  expect(paragraphs).toContain('Agreements funded in the quarter, by stream');
  // The last "Community action": the recommendations table lists that kind first.
  const row = paragraphs.lastIndexOf('Community action');
  expect(paragraphs.slice(row, row + 5)).toEqual(['Community action', '1', '$50,000.00', '$12,500.00', '$12,500.00']);
  expect(paragraphs).toContain('Partnerships pairing a smaller organisation with a larger one');

  await page.getByLabel('Language of the report').selectOption('fr');
  // The demo network has no French narrative: the app says so first, and the coordinator goes ahead.
  await page.getByRole('button', { name: 'Generate Excel workbook (.xlsx)' }).click();
  const french = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Generate without it' }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync((await (await french).path())!) as unknown as ArrayBuffer);
  const byStream = workbook.getWorksheet('Financement par volet')!;
  expect(byStream.getCell('A1').value).toBe('Volet');
  expect([byStream.getCell('A3').value, byStream.getCell('B3').value, byStream.getCell('C3').value, byStream.getCell('E3').value]).toEqual([
    'Action communautaire',
    1,
    50_000,
    12_500,
  ]);
  // Three partnerships pair a smaller organisation with a larger one: fewer than 10, so hidden.
  const organisations = workbook.getWorksheet('Organisations financées')!;
  expect(organisations.getCell('A7').value).toBe('Partenariats associant une organisation plus petite à une plus grande');
  expect(organisations.getCell('B7').value).toBe('<10');
  // Both documents went into the release register.
  await expect(page.getByRole('table', { name: /register|registre/i })).toContainText('rapport-trimestriel');

  // The payment schedule for the funder, from the agreements list.
  await openSection(page, 'Funding');
  const schedule = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download payment schedule (.xlsx)' }).click();
  const scheduleBook = new ExcelJS.Workbook();
  await scheduleBook.xlsx.load(fs.readFileSync((await (await schedule).path())!) as unknown as ArrayBuffer);
  const agreements = scheduleBook.getWorksheet('Agreements')!;
  expect([agreements.getCell('A2').value, agreements.getCell('B2').value]).toEqual(['Harvest rights outreach', 'Valley Newcomer Services']);
  expect(agreements.getCell('K2').value).toEqual({ formula: 'G2-J2', result: 37_500 });
});

test('the funding screens are free of accessibility violations axe can find', async ({ page, withDemoNetwork }) => {
  await withDemoNetwork();
  const check = async (what: string) => {
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${what}: ${violation.id} (${violation.nodes.length})`)).toEqual([]);
  };
  await expect(page.getByTestId('dashboard-funding-due')).toBeVisible();
  await check('Dashboard');
  await openSection(page, 'Funding');
  await check('agreements list');
  await page.getByRole('link', { name: 'Caregivers’ peer support network' }).click();
  await expect(page.getByTestId('funding-claims')).toContainText('2025–26');
  await page.getByRole('button', { name: 'Record payment' }).click();
  await check('agreement page with a form open');
  await page.getByRole('link', { name: 'Caregivers United BC' }).first().click();
  await expect(page.getByTestId('organisation-mentors')).toBeVisible();
  await check('organisation page');
  await openSection(page, 'Funding');
  await page.getByRole('link', { name: 'New agreement' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Some fields need correcting')).toBeVisible();
  await check('agreement form with errors');
});
