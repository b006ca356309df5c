import { expect, test } from './fixtures';
import { MeetingPage } from './page-models/meeting-page';
import { callOk, daysFromToday, markPresent, seedMeeting, seedMember } from '../support/seed';

test('a past meeting still planned is offered as held once its roll call is taken', async ({ page, app }) => {
  const { dispatch } = app.backend;
  const member = await seedMember(dispatch, { displayName: 'Rosa Flores', alias: 'Rosa' });
  const taken = await seedMeeting(dispatch, { title: 'Autumn plenary', heldOn: daysFromToday(-3) });
  await seedMeeting(dispatch, { title: 'Forum without a roll call', heldOn: daysFromToday(-2), kind: 'workers_forum' });
  await markPresent(dispatch, taken.meeting.id, [member.id]);
  await page.reload();

  const past = page.getByTestId('past-still-planned');
  await expect(past.getByRole('listitem')).toHaveCount(2);
  await expect(past.getByRole('listitem').filter({ hasText: 'Forum without a roll call' })).toContainText('Take its roll call first');
  await past.getByRole('button', { name: 'Record “Autumn plenary” as held' }).click();
  await expect(past.getByRole('listitem')).toHaveCount(1);
  const detail = await callOk(dispatch, 'meetings.get', { id: taken.meeting.id });
  expect(detail.meeting.status).toBe('held');
});

test('the meeting page offers Held only when a roll call was taken, and says so otherwise', async ({ page, app }) => {
  const { dispatch } = app.backend;
  const member = await seedMember(dispatch, { displayName: 'Luis Ortega', alias: 'Luis' });
  const meeting = await seedMeeting(dispatch, { title: 'Autumn plenary', heldOn: daysFromToday(-3) });
  const meetingPage = new MeetingPage(page);
  await meetingPage.open(meeting.meeting.id);
  const held = page.getByRole('button', { name: 'Record it as held' });
  await expect(held).toBeDisabled();
  await expect(held).toHaveAccessibleDescription('Take the roll call first: a meeting is recorded as held once its attendance is known.');
  // The roll call is taken (here through the contract, outside the page, so the page is reloaded).
  await markPresent(dispatch, meeting.meeting.id, [member.id]);
  await page.reload();
  await held.click();
  await expect(page.getByRole('definition').filter({ hasText: /^Held$/ })).toBeVisible();
});

test('removing an agenda item can be undone, and the item returns to its place', async ({ page, app }) => {
  const meeting = await seedMeeting(app.backend.dispatch, { title: 'Winter plenary', heldOn: daysFromToday(10) });
  await new MeetingPage(page).open(meeting.meeting.id);
  const items = page.getByTestId('agenda-item');
  const before = await items.count();
  const title = (await items.nth(1).locator('strong').innerText()).trim();
  await page.getByRole('button', { name: `Remove: ${title}` }).click();
  await expect(items).toHaveCount(before - 1);
  await expect(page.getByRole('status').filter({ hasText: `“${title}” was removed from the agenda.` })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(items).toHaveCount(before);
  await expect(items.nth(1).locator('strong')).toHaveText(title);
});
