import AxeBuilder from '@axe-core/playwright';
import { docxText } from '../support/docx-text';
import { callOk, meetingDraft, seedMeeting, seedMember } from '../support/seed';
import { expect, openSection, test } from './fixtures';

const original = 'Seasonal agricultural workers should receive open work permits.';
const amended = 'Every migrant worker should receive an open work permit within one year of arrival.';
const floorText = 'The Network thanks the interpreters and asks that Tagalog be offered at every plenary.';

test('an amended recommendation and a floor motion moved by workers shown by alias, through to the minutes .docx', async ({ page, app }) => {
  const dispatch = app.backend.dispatch;
  // Two migrant workers who have not consented to be named, and three union members.
  const union = { alias: null, category: 'union' as const, languages: [], preferredLanguage: null, email: null, phone: null };
  await seedMember(dispatch, { displayName: 'Rosalinda Quispe', alias: 'Rosa', mayBeNamed: false });
  await seedMember(dispatch, { displayName: 'Marisol Cruz', alias: 'Mari', mayBeNamed: false, email: null, phone: null });
  for (const displayName of ['Ana Reyes', 'Bao Tran', 'Chris Dhillon']) await seedMember(dispatch, { ...union, displayName });
  const { meeting } = await seedMeeting(dispatch, {}, { useTemplate: false });
  for (const [kind, title] of [
    ['information', 'Opening'],
    ['decision', 'Recommendations'],
    ['decision', 'New business'],
  ] as const) {
    await callOk(dispatch, 'meetings.agenda.add', { meetingId: meeting.id, item: { kind, title, presenterMemberId: null, plannedMinutes: 20 } });
  }
  await callOk(dispatch, 'meetings.rollCall.markAllPresent', { meetingId: meeting.id });
  const { recommendation } = await callOk(dispatch, 'recommendations.create', {
    recommendation: {
      kind: 'policy',
      title: 'Open work permits',
      text: original,
      rationale: null,
      workingGroupId: null,
      workingGroupName: 'Policy working group',
      draftedOn: '2026-10-15',
    },
  });
  await callOk(dispatch, 'recommendations.changeStatus', {
    id: recommendation.id,
    change: { to: 'tabled', on: '2026-11-20', meetingId: meeting.id },
  });

  await page.reload();
  await openSection(page, 'Meetings');
  await page.getByRole('link', { name: 'Winter plenary' }).click();
  await page.getByRole('navigation', { name: 'Meeting sections' }).getByRole('link', { name: 'Votes' }).click();
  const recorder = page.getByRole('form', { name: 'Record a vote' });

  // The amendment: its words start from the recommendation's and are edited in place; voted first.
  await recorder.getByLabel('Motion', { exact: true }).selectOption({ label: 'An amendment to a recommendation' });
  await expect(recorder.getByLabel('Text as amended')).toHaveValue(original);
  await recorder.getByLabel('Text as amended').fill(amended);
  await recorder.getByLabel('Moved by').selectOption({ label: 'Ana Reyes' });
  await recorder.getByLabel('Seconded by').selectOption({ label: 'Ana Reyes' });
  await recorder.getByLabel('Taken under agenda item').selectOption({ label: 'Recommendations' });
  await recorder.getByLabel('For', { exact: true }).fill('4');
  await recorder.getByLabel('Against', { exact: true }).fill('1');
  await recorder.getByRole('button', { name: 'Record vote' }).click();
  await expect(recorder.getByText('The seconder must be someone other than the mover.')).toBeVisible();
  await recorder.getByLabel('Seconded by').selectOption({ label: 'Bao Tran' });
  await recorder.getByRole('button', { name: 'Record vote' }).click();
  await expect(page.getByText('Vote recorded: Carried.')).toBeVisible();
  await expect(page.getByTestId('vote-summary').first()).toContainText('Amendment to “Open work permits”: Carried');

  // Then the recommendation as amended, moved by a worker: the pickers show workers by alias.
  await recorder.getByLabel('Motion', { exact: true }).selectOption({ label: 'A recommendation' });
  await recorder.getByLabel('Moved by').selectOption({ label: 'Rosa (alias)' });
  await recorder.getByLabel('Seconded by').selectOption({ label: 'Chris Dhillon' });
  await recorder.getByLabel('Taken under agenda item').selectOption({ label: 'Recommendations' });
  await recorder.getByLabel('For', { exact: true }).fill('5');
  await recorder.getByLabel('Against', { exact: true }).fill('0');
  await recorder.getByRole('button', { name: 'Record vote' }).click();
  await expect(page.getByTestId('vote-summary').nth(1)).toContainText('Recommendation “Open work permits”: Carried');

  // A motion from the floor, moved and seconded by the two workers.
  await recorder.getByLabel('Motion', { exact: true }).selectOption({ label: 'A motion from the floor' });
  await recorder.getByLabel('Title of the motion').fill('Interpretation at plenaries');
  await recorder.getByLabel('Text of the motion').fill(floorText);
  await recorder.getByLabel('Moved by').selectOption({ label: 'Rosa (alias)' });
  await recorder.getByLabel('Seconded by').selectOption({ label: 'Mari (alias)' });
  await recorder.getByLabel('Taken under agenda item').selectOption({ label: 'New business' });
  await recorder.getByLabel('For', { exact: true }).fill('5');
  await recorder.getByLabel('Against', { exact: true }).fill('0');
  await recorder.getByRole('button', { name: 'Record vote' }).click();
  const floor = page.getByTestId('vote-summary').nth(2);
  await expect(floor).toContainText('From the floor: Interpretation at plenaries: Carried');
  await expect(floor).toContainText('Moved by Rosa, seconded by Mari');

  // A tally typed wrong is corrected with its reason; the result follows the corrected counts.
  await floor.getByRole('button', { name: /^Correct:/ }).click();
  const correction = page.getByRole('form', { name: 'Correct this vote' });
  await correction.getByLabel('For', { exact: true }).fill('1');
  await correction.getByLabel('Against', { exact: true }).fill('4');
  await correction.getByLabel('Reason').fill('For and against were swapped when typed');
  await correction.getByRole('button', { name: 'Save correction' }).click();
  await expect(floor).toContainText('From the floor: Interpretation at plenaries: Defeated');
  await expect(floor).toContainText('(was 5 for, 0 against, 0 abstaining): For and against were swapped when typed');
  // The amendment cannot be voided while the vote on the amended text stands on it.
  const amendmentVote = page.getByTestId('vote-summary').first();
  await amendmentVote.getByRole('button', { name: /^Void:/ }).click();
  const voiding = page.getByRole('form', { name: 'Void this vote' });
  await voiding.getByLabel('Reason').fill('Recorded on the wrong recommendation');
  await voiding.getByRole('button', { name: 'Void the vote' }).click();
  await expect(voiding.getByText('A later vote on “Open work permits” rests on this one’s result. Correct or void that vote first.')).toBeVisible();
  await voiding.getByRole('button', { name: 'Cancel' }).click();
  await page.screenshot({ path: test.info().outputPath('votes.png'), fullPage: true });
  const axe = await new AxeBuilder({ page }).include('.meeting-votes').analyze();
  expect(axe.violations).toEqual([]);

  // The recommendation keeps both versions and shows what changed.
  await openSection(page, 'Recommendations');
  await page.getByRole('link', { name: 'Open work permits' }).click();
  await expect(page.getByTestId('recommendation-status')).toHaveText('Adopted');
  const versions = page.getByTestId('recommendation-versions');
  await expect(versions).toContainText('Version 2');
  await expect(versions).toContainText('Amended by vote at Winter plenary');
  await expect(versions.locator('ins').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('versions.png'), fullPage: true });

  // The minutes, started from the agenda, downloaded as Word and read back.
  await callOk(dispatch, 'meetings.update', { id: meeting.id, meeting: meetingDraft({ status: 'held' }) });
  await callOk(dispatch, 'minutes.start', { meetingId: meeting.id });
  await page.reload();
  await openSection(page, 'Reports');
  await page.getByLabel('Document', { exact: true }).selectOption({ label: 'Minutes for members' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Generate Word document (.docx)' }).click();
  const file = await (await download).path();
  const { readFile } = await import('node:fs/promises');
  const text = await docxText(await readFile(file));
  expect(text).toContain('Amendment to the recommendation “Open work permits”');
  expect(text).toContain('Moved by Ana Reyes, seconded by Bao Tran.');
  expect(text).toContain(`Text put to the vote, as amended above\n${amended}`);
  expect(text).toContain('The recommendation is adopted.');
  expect(text).toContain('Motion from the floor: Interpretation at plenaries');
  expect(text).toContain('Moved by Rosa, seconded by Mari.');
  expect(text).toContain(floorText);
  expect(text).toMatch(/Corrected on .*: For and against were swapped when typed/);
  expect(text).not.toContain('Rosalinda');
  expect(text).not.toContain('Marisol');
  // Each vote sits under the agenda item it was taken at.
  expect(text.indexOf('Recommendations')).toBeLessThan(text.indexOf('Amendment to the recommendation'));
  expect(text.indexOf('New business')).toBeLessThan(text.indexOf('Motion from the floor'));
  expect(text.indexOf('Amendment to the recommendation')).toBeLessThan(text.indexOf('New business'));
});
