import { callOk } from '../support/call-operation';
import AxeBuilder from '@axe-core/playwright';
import { memberDraft } from '../support/member-drafts';
import { meetingInput } from '../integration/meetings/meeting-fixtures';
import { expect, openSection, test } from './fixtures';

test('shared minutes name where a worker appears, and every shared document lands in the release register', async ({
  page,
  app,
}) => {
  const person = (displayName: string, category: 'current_migrant_worker' | 'union', alias: string | null) => ({
    member: memberDraft({
      displayName,
      category,
      alias,
      languages: [],
      preferredLanguage: null,
      email: null,
      phone: null,
    }),
  });
  await callOk(app.backend.dispatch, 'members.create', person('Rosalinda Quispe', 'current_migrant_worker', 'Rosa'));
  for (let index = 1; index <= 11; index += 1)
    await callOk(app.backend.dispatch, 'members.create', person(`Union rep ${index}`, 'union', null));
  const meeting = meetingInput({ place: 'Surrey' });
  const detail = (await callOk(app.backend.dispatch, 'meetings.create', { meeting })) as { meeting: { id: number } };
  await callOk(app.backend.dispatch, 'meetings.rollCall.markAllPresent', { meetingId: detail.meeting.id });
  await callOk(app.backend.dispatch, 'meetings.update', {
    id: detail.meeting.id,
    meeting: { ...meeting, status: 'held' },
  });
  const minutes = (await callOk(app.backend.dispatch, 'minutes.start', { meetingId: detail.meeting.id })) as {
    id: number;
  };
  // A worker's real name typed into an action item: the free text the old check never searched.
  await callOk(app.backend.dispatch, 'minutes.actionItems.add', {
    minutesId: minutes.id,
    item: {
      description: 'Call Rosalinda Quispe about her wages',
      sectionId: null,
      ownerMemberId: null,
      ownerName: 'ROSALINDA QUISPE',
      dueOn: '2027-01-15',
      status: 'open',
    },
  });

  await page.reload();
  await openSection(page, 'Reports');
  await expect(page.getByText('No document has been shared with funders and government yet.')).toBeVisible();
  await page
    .getByLabel('Document', { exact: true })
    .selectOption({ label: 'Minutes for funders and government (small counts hidden)' });
  await expect(
    page.getByText('Minutes for funders and government — Action item description', { exact: true }),
  ).toBeVisible();
  await expect(
    page.getByText('Minutes for funders and government — Action item owner (Call Rosalinda Quispe about her wages)'),
  ).toBeVisible();
  const generate = page.getByRole('button', { name: 'Generate Word document (.docx)' });
  await expect(generate).toBeDisabled();
  await page.getByLabel('I checked “Rosalinda Quispe” here: keep it', { exact: true }).check();
  await page.getByLabel('I checked “ROSALINDA QUISPE” here: keep it', { exact: true }).check();
  const minutesDownload = page.waitForEvent('download');
  await generate.click();
  expect((await minutesDownload).suggestedFilename()).toMatch(/^minutes-shared-2026-12-05-\d+\.docx$/);

  const register = page.getByRole('table', { name: 'Release register, newest first' });
  await expect(register.getByRole('rowheader', { name: 'Shared minutes: Winter plenary' })).toBeVisible();
  await expect(register.getByText('nothing earlier')).toBeVisible();

  await page.getByLabel('Fiscal year (April to March)').selectOption({ label: '2026–27' });
  await page.getByLabel('Quarter', { exact: true }).selectOption({ label: 'Q3 (October–December)' });
  const reportDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Generate Word report (.docx)' }).click();
  expect((await reportDownload).suggestedFilename()).toBe('quarterly-report-2026-Q3-draft.docx');
  const reportRow = register
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Quarterly report, 2026–27 Q3' }) });
  await expect(reportRow).toBeVisible();
  // The report was checked against the minutes already shared for the same quarter.
  await expect(reportRow.getByText('1 earlier document')).toBeVisible();
  await expect(reportRow.getByText(/Word, English, Draft/)).toBeVisible();

  await page.screenshot({ path: 'test-results/release-register.png', fullPage: true });
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations).toEqual([]);
});
