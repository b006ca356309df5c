import fs from 'node:fs';
import { expect, openSection, test } from './fixtures';
import { blockingViolations } from './axe-scan';
import { printOptions } from '../support/chromium-printer';
import { pdfText } from '../support/pdf-pages';
import { normaliseSpaces } from '../support/libreoffice';
import { callOk, markPresent, meetingDraft, memberDraft } from '../support/seed';

const flat = (text: string) => normaliseSpaces(text).replace(/\s+/g, ' ');

test('the coordinator names the network in both languages, is warned before a French report without its French narrative, and saves it as PDF', async ({
  page,
}) => {
  await openSection(page, 'Settings');
  await page.getByLabel('Name in English').fill('Fraser Valley Migrant Worker Network');
  await page.getByLabel('Name in French').fill('Réseau des travailleurs migrants de la vallée du Fraser');
  await page.getByRole('button', { name: 'Save the name' }).click();
  await expect(page.getByText('Name saved.')).toBeVisible();
  expect(await blockingViolations(page)).toEqual([]);

  await openSection(page, 'Reports');
  await page.getByLabel('Fiscal year (April to March)').selectOption({ label: '2026–27' });
  await page.getByLabel('Quarter', { exact: true }).selectOption({ label: 'Q3 (October–December)' });
  await expect(page.getByLabel('Language of this narrative')).toHaveValue('en');
  await page.getByLabel('Highlights').fill('The evening plenary drew our largest turnout.');
  await page.getByRole('button', { name: 'Save narrative' }).click();
  await expect(page.getByText('Narrative saved.')).toBeVisible();

  // In French, the report would print "Pas encore rédigé.": the app says so before anything is generated.
  await page.getByLabel('Language of the report').selectOption('fr');
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'The French narrative for this quarter is not written yet' });
  await expect(warning).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Generating|Open/ })).toHaveCount(0);
  expect(await blockingViolations(page)).toEqual([]);
  await warning.getByRole('button', { name: 'Write the French narrative' }).click();
  await expect(page.getByLabel('Language of this narrative')).toHaveValue('fr');
  await expect(page.getByLabel('Highlights')).toBeFocused();
  await expect(page.getByLabel('Highlights')).toHaveValue('');
  await page.getByLabel('Highlights').fill('La plénière du soir a attiré le plus de monde.');
  await page.getByRole('button', { name: 'Save narrative' }).click();
  await expect(page.getByText('Narrative saved.')).toBeVisible();

  // Written now: no warning; web mode hands over the print view, which the browser saves as PDF.
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  const open = page.getByRole('link', { name: 'Open rapport-trimestriel-2026-Q3-draft.pdf to print or save it' });
  await expect(open).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const popup = page.waitForEvent('popup');
  await open.click();
  const view = await popup;
  await view.waitForLoadState('load');
  await expect(view).toHaveTitle('rapport-trimestriel-2026-Q3-draft');
  await expect(view.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' })).toBeVisible();
  expect(await blockingViolations(view)).toEqual([]);
  const text = flat(await pdfText(await view.pdf(printOptions)));
  expect(text).toContain('Réseau des travailleurs migrants de la vallée du Fraser');
  expect(text).toContain('Période visée : T3 2026-2027 (1er octobre 2026 – 31 décembre 2026)');
  expect(text).toContain('La plénière du soir a attiré le plus de monde.');
  expect(text).not.toContain('Imprimer ou enregistrer en PDF');
  expect(text).toMatch(/Page 1 de \d/);

  // The register lists it like the Word file would be.
  await page.getByRole('button', { name: 'Refresh the list' }).click();
  await expect(page.getByRole('cell', { name: /rapport-trimestriel-2026-Q3-draft\.pdf PDF, French, Draft/ })).toBeVisible();
});

test('the French report can go out without its narrative when the coordinator decides so', async ({ page }) => {
  await openSection(page, 'Reports');
  await page.getByLabel('Fiscal year (April to March)').selectOption({ label: '2026–27' });
  await page.getByLabel('Quarter', { exact: true }).selectOption({ label: 'Q2 (July–September)' });
  await page.getByLabel('Language of the report').selectOption('fr');
  await page.getByRole('button', { name: 'Generate Word report (.docx)' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Generate without it' }).click();
  expect((await download).suggestedFilename()).toBe('rapport-trimestriel-2026-Q2-draft.docx');
});

test('the shared minutes are saved as PDF beside Word, the small counts hidden in both', async ({ page, app }) => {
  const dispatch = app.backend.dispatch;
  const members: number[] = [];
  for (let index = 0; index < 11; index += 1) {
    members.push((await callOk(dispatch, 'members.create', { member: memberDraft({ displayName: `Union rep ${index}`, alias: null, category: 'union', mayBeNamed: true, email: null }) })).id);
  }
  members.push((await callOk(dispatch, 'members.create', { member: memberDraft({ displayName: 'Pat Employer', alias: null, category: 'employer', mayBeNamed: true, email: null }) })).id);
  const meeting = await callOk(dispatch, 'meetings.create', { meeting: meetingDraft() });
  await markPresent(dispatch, meeting.meeting.id, members);
  await callOk(dispatch, 'meetings.update', { id: meeting.meeting.id, meeting: meetingDraft({ status: 'held' }) });
  const minutes = await callOk(dispatch, 'minutes.start', { meetingId: meeting.meeting.id });
  await callOk(dispatch, 'minutes.section.update', { sectionId: minutes.sections[0]!.id, notes: 'ਪੰਜਾਬੀ 中文 Tiếng Việt', decisions: '' });

  await page.reload();
  await openSection(page, 'Reports');
  await page.getByLabel('Document', { exact: true }).selectOption({ label: 'Minutes for funders and government (small counts hidden)' });
  const documents = page.getByRole('region', { name: 'Meeting documents' });
  await expect(documents.getByRole('button', { name: 'Generate Word document (.docx)' })).toBeEnabled();
  await documents.getByRole('button', { name: 'Save as PDF' }).click();
  const open = documents.getByRole('link', { name: /^Open minutes-shared-2026-12-05-\d+\.pdf to print or save it$/ });
  await expect(open).toBeVisible();
  expect(await blockingViolations(page)).toEqual([]);
  const popup = page.waitForEvent('popup');
  await open.click();
  const view = await popup;
  await view.waitForLoadState('load');
  const pdf = await view.pdf(printOptions);
  const text = flat(await pdfText(pdf));
  expect(text).toContain('Attendance');
  // One employer came: grouped and hidden, and the appendix says so.
  expect(text).toMatch(/Other categories \(grouped\) <10/);
  expect(text).toContain('1 count of 1 to 9 people shown as "<10"');
  expect(text).toContain('ਪੰਜਾਬੀ 中文 Tiếng Việt');
  fs.writeFileSync(test.info().outputPath('shared-minutes.pdf'), pdf);
});
