import { callOk } from '../support/call-operation';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, openSection, test } from './fixtures';
import { meetingDraft } from '../support/seed';

test('the coordinator writes the narrative, clears a named worker, and downloads the quarterly report in English and French', async ({
  page,
  app,
}) => {
  const worker = await app.backend.dispatch('members.create', {
    member: {
      kind: 'individual',
      displayName: 'Rosalinda Quispe',
      alias: 'Worker R',
      category: 'current_migrant_worker',
      organisationName: null,
      languages: ['es'],
      preferredLanguage: 'es',
      email: null,
      phone: null,
      mayContact: true,
      mayBeNamed: false,
      joinedOn: '2024-05-01',
      leftOn: null,
      notes: null,
    },
  });
  expect(worker.ok).toBe(true);
  await page.reload();
  await openSection(page, 'Reports');

  await page.getByLabel('Fiscal year (April to March)').selectOption({ label: '2026–27' });
  await page.getByLabel('Quarter', { exact: true }).selectOption({ label: 'Q3 (October–December)' });
  await page.getByLabel('Highlights').fill('Rosalinda Quispe opened the plenary with worker voices.');
  await page.getByRole('button', { name: 'Save narrative' }).click();
  await expect(page.getByText('Narrative saved.')).toBeVisible();

  // The redaction check holds the report back until the coordinator decides about the name.
  await expect(page.getByText('Check the name above first: confirm it or change the text.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Generate Word report (.docx)' })).toBeDisabled();
  await page.getByLabel('Highlights').fill('Worker R opened the plenary with worker voices.');
  await page.getByRole('button', { name: 'Save narrative' }).click();
  await expect(
    page
      .getByRole('region', { name: 'Names of migrant workers in the text: Quarterly report' })
      .getByText('No migrant worker’s real name was found in the text of this document.'),
  ).toBeVisible();

  const englishDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Generate Word report (.docx)' }).click();
  const english = await englishDownload;
  expect(english.suggestedFilename()).toBe('quarterly-report-2026-Q3-draft.docx');
  await expect(page.getByText('Downloaded quarterly-report-2026-Q3-draft.docx.')).toBeVisible();
  const docxBytes = fs.readFileSync((await english.path())!);
  expect(docxBytes.subarray(0, 2).toString()).toBe('PK');

  await page.getByLabel('Language of the report').selectOption('fr');
  // No French narrative written: the app says so first, and the coordinator goes ahead.
  await page.getByRole('button', { name: 'Generate Excel workbook (.xlsx)' }).click();
  const frenchDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Generate without it' }).click();
  const french = await frenchDownload;
  expect(french.suggestedFilename()).toBe('rapport-trimestriel-2026-Q3-draft.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync((await french.path())!) as unknown as ArrayBuffer);
  expect(workbook.worksheets[0]!.name).toBe('Sommaire');
  expect(workbook.getWorksheet('Participation')!.getCell('A1').value).toBe('Catégorie de parties prenantes');
});

test('the Reports view is in French when the app is', async ({ page }) => {
  await openSection(page, 'Settings');
  await page.getByLabel('Language of the app').selectOption('fr');
  await openSection(page, 'Rapports');
  await expect(
    page.getByRole('heading', { name: 'Rapport trimestriel aux bailleurs de fonds et au gouvernement' }),
  ).toBeVisible();
  await expect(page.getByLabel('Langue du rapport')).toHaveValue('fr');
  await page.getByRole('button', { name: 'Produire le rapport Word (.docx)' }).click();
  await expect(page.getByRole('alert')).toContainText('Le récit de ce trimestre n’est pas encore rédigé en français');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Produire sans le récit' }).click();
  expect((await download).suggestedFilename()).toMatch(/^rapport-trimestriel-\d{4}-Q[1-4]-draft\.docx$/);
  await expect(page.getByRole('status').filter({ hasText: 'téléchargé' })).toBeVisible();
});

test('the attendance register downloads only after the personal-data warning is acknowledged', async ({
  page,
  app,
}) => {
  const member = await app.backend.dispatch('members.create', {
    member: {
      kind: 'individual',
      displayName: 'Pat Union',
      alias: null,
      category: 'union',
      organisationName: null,
      languages: [],
      preferredLanguage: null,
      email: null,
      phone: null,
      mayContact: true,
      mayBeNamed: true,
      joinedOn: '2024-05-01',
      leftOn: null,
      notes: null,
    },
  });
  expect(member.ok).toBe(true);
  const meeting = await app.backend.dispatch('meetings.create', { meeting: meetingDraft({ place: 'Surrey' }) });
  expect(meeting.ok).toBe(true);
  await page.reload();
  await openSection(page, 'Reports');
  await page
    .getByLabel('Document', { exact: true })
    .selectOption({ label: 'Attendance register with names (.xlsx, internal)' });
  const generate = page.getByRole('button', { name: 'Generate attendance register (.xlsx)' });
  await expect(generate).toBeDisabled();
  await page.getByLabel('I understand this file holds personal information').check();
  const download = page.waitForEvent('download');
  await generate.click();
  expect((await download).suggestedFilename()).toMatch(/^attendance-register-2026-12-05-\d+\.xlsx$/);
});

test('the shared minutes wait for the coordinator to confirm a worker named in the notes, then download', async ({
  page,
  app,
}) => {
  await callOk(app.backend.dispatch, 'members.create', {
    member: {
      kind: 'individual',
      displayName: 'Rosalinda Quispe',
      alias: 'Rosa',
      category: 'current_migrant_worker',
      organisationName: null,
      languages: ['es'],
      preferredLanguage: 'es',
      email: null,
      phone: null,
      mayContact: true,
      mayBeNamed: false,
      joinedOn: '2024-05-01',
      leftOn: null,
      notes: null,
    },
  });
  const meetingInput = meetingDraft({ place: 'Surrey' });
  const detail = (await callOk(app.backend.dispatch, 'meetings.create', { meeting: meetingInput })) as {
    meeting: { id: number };
  };
  await callOk(app.backend.dispatch, 'meetings.rollCall.markAllPresent', { meetingId: detail.meeting.id });
  await callOk(app.backend.dispatch, 'meetings.update', {
    id: detail.meeting.id,
    meeting: { ...meetingInput, status: 'held' },
  });
  const minutes = (await callOk(app.backend.dispatch, 'minutes.start', { meetingId: detail.meeting.id })) as {
    sections: Array<{ id: number }>;
  };
  await callOk(app.backend.dispatch, 'minutes.section.update', {
    sectionId: minutes.sections[0]!.id,
    notes: 'Rosalinda Quispe spoke first.',
    decisions: '',
  });

  await page.reload();
  await openSection(page, 'Reports');
  await page
    .getByLabel('Document', { exact: true })
    .selectOption({ label: 'Minutes for funders and government (small counts hidden)' });
  const generate = page.getByRole('button', { name: 'Generate Word document (.docx)' });
  await expect(page.locator('blockquote', { hasText: 'Rosalinda Quispe spoke first.' })).toBeVisible();
  await expect(generate).toBeDisabled();
  await page.getByLabel('I checked “Rosalinda Quispe” here: keep it').check();
  const download = page.waitForEvent('download');
  await generate.click();
  expect((await download).suggestedFilename()).toMatch(/^minutes-shared-2026-12-05-\d+\.docx$/);
});
