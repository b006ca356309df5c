import { expect, openSection, test } from './fixtures';
import { meetingDraft } from '../support/seed';
import { memberDraft } from '../support/member-drafts';

test('a migrant worker added without typing an alias gets the one proposed, and the roll call shows aliases, never a number', async ({
  page,
  app,
}) => {
  // Two workers already in the ledger, one of them imported without an alias.
  const imported = await app.backend.dispatch('members.create', {
    member: memberDraft({
      displayName: 'Teodora Villanueva',
      alias: 'Kestrel',
      category: 'former_migrant_worker',
      email: null,
    }),
  });
  expect(imported.ok).toBe(true);

  await openSection(page, 'Members');
  await page.getByRole('link', { name: 'Add member' }).click();
  await page.getByLabel('Display name').fill('Renato Bautista');
  await expect(page.getByLabel('Stakeholder category')).toHaveValue('current_migrant_worker');
  const alias = page.getByLabel(/^Alias/);
  await expect(alias).not.toHaveValue('');
  const proposed = await alias.inputValue();
  expect(proposed).toMatch(/^[A-Z][a-z]+( [A-Z][a-z]+)?$/);
  expect(proposed).not.toBe('Kestrel');
  // The coordinator may ask for another; clearing it is refused for a worker, in a sentence beside it.
  await page.getByRole('button', { name: 'Propose another alias' }).click();
  await expect(alias).not.toHaveValue(proposed);
  await alias.fill('');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('A migrant worker needs an alias: packets and documents name them by it.')).toBeVisible();
  await page.getByRole('button', { name: 'Propose another alias' }).click();
  await expect(alias).not.toHaveValue('');
  const kept = await alias.inputValue();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Renato Bautista' })).toBeVisible();
  const stored = await app.backend.ledger.db
    .selectFrom('members')
    .select(['display_name', 'alias'])
    .where('display_name', '=', 'Renato Bautista')
    .executeTakeFirstOrThrow();
  expect(stored.alias).toBe(kept);

  // The roll call of a plenary names both by alias only.
  const meeting = await app.backend.dispatch('meetings.create', { meeting: meetingDraft() });
  if (!meeting.ok) throw new Error(meeting.error.message);
  await openSection(page, 'Meetings');
  await page.getByRole('link', { name: 'Winter plenary' }).click();
  await page.getByRole('link', { name: 'Attendance' }).click();
  const rollCall = page.getByRole('region', { name: 'Roll call' });
  await expect(rollCall.getByTestId('roll-call-row')).toHaveCount(2);
  await expect(rollCall).toContainText(kept);
  await expect(rollCall).toContainText('Kestrel');
  await expect(rollCall).not.toContainText('Renato');
  await expect(rollCall).not.toContainText('Teodora');
  expect(await rollCall.innerText()).not.toMatch(/#\s*\d/);
});
