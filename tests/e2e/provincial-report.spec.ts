import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { callOk } from '../support/call-operation';
import { memberDraft } from '../support/member-drafts';
import { meetingInput } from '../integration/meetings/meeting-fixtures';
import { docxParagraphs } from '../support/read-zip';
import { expect, openSection, test } from './fixtures';

test('a provincial quarterly report: the coordinator picks Alberta, downloads it, and the register names the province', async ({ page, app }) => {
  const { dispatch } = app.backend;
  for (const [index, province] of (['BC', 'AB', 'AB'] as const).entries()) {
    await callOk(dispatch, 'members.create', {
      member: memberDraft({ displayName: `Union rep ${index + 1}`, category: 'union', languages: [], preferredLanguage: null, email: null, phone: null, province }),
    });
  }
  const meeting = meetingInput({ place: 'Calgary', heldOn: '2026-11-05', province: 'AB', timeZone: 'America/Edmonton' });
  const { meeting: created } = (await callOk(dispatch, 'meetings.create', { meeting })) as { meeting: { id: number } };
  await callOk(dispatch, 'meetings.rollCall.markAllPresent', { meetingId: created.id });
  await callOk(dispatch, 'meetings.update', { id: created.id, meeting: { ...meeting, status: 'held' } });

  await page.reload();
  await openSection(page, 'Reports');
  await page.getByLabel('Fiscal year (April to March)').selectOption({ label: '2026–27' });
  await page.getByLabel('Quarter', { exact: true }).selectOption({ label: 'Q3 (October–December)' });
  const scope = page.getByLabel('Province or territory', { exact: true });
  await expect(scope.locator('option').first()).toHaveText('All provinces and territories (national report)');
  await expect(scope).toHaveValue('national');
  await scope.selectOption({ label: 'Alberta' });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Generate Word report (.docx)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('quarterly-report-2026-Q3-alberta-draft.docx');
  const text = docxParagraphs(fs.readFileSync((await file.path())!)).join('\n');
  expect(text).toContain('Province or territory: Alberta');

  const register = page.getByRole('table', { name: 'Release register, newest first' });
  await expect(register.getByRole('rowheader', { name: 'Quarterly report, 2026–27 Q3: Alberta' })).toBeVisible();

  await page.screenshot({ path: 'test-results/provincial-report.png', fullPage: true });
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations).toEqual([]);
});
