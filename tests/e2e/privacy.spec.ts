import { expect, openSection, test } from './fixtures';

test('a withdrawal reaches the backups too, and restoring one does not bring the member back', async ({ page, app }) => {
  const created = await app.backend.dispatch('members.create', {
    member: {
      kind: 'individual', displayName: 'Rigoberta Cux Tzoc', alias: 'Sandpiper', category: 'current_migrant_worker', organisationName: null,
      languages: ['es'], preferredLanguage: 'es', email: 'rigoberta.cux@example.org', phone: null, mayContact: true, mayBeNamed: false,
      joinedOn: '2025-04-01', leftOn: null, notes: null,
    },
  });
  if (!created.ok) throw new Error(created.error.message);
  for (let taken = 0; taken < 2; taken++) {
    const backup = await app.backend.dispatch('backups.create', {});
    expect(backup.ok).toBe(true);
  }

  await openSection(page, 'Members');
  await page.getByLabel('Search members').fill('rigoberta');
  await page.getByRole('link', { name: 'Rigoberta Cux Tzoc' }).click();
  await page.getByRole('button', { name: 'Withdraw and anonymise…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Withdraw Rigoberta Cux Tzoc?' });
  await dialog.getByLabel('I understand this cannot be undone').check();
  await dialog.getByRole('button', { name: 'Withdraw and erase now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed from the ledger and from 2 backups.' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await openSection(page, 'Settings');
  const backupsTable = page.getByRole('table', { name: 'Backups' });
  await backupsTable.getByRole('button', { name: /^Restore the backup taken/ }).last().click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Check and restore' }).click();
  await expect(page.getByText(/The ledger now holds the backup taken/)).toBeVisible();

  await openSection(page, 'Members');
  await page.getByLabel('Search members').fill('rigoberta');
  await expect(page.getByRole('status')).toHaveText('0 members');
  const stored = await app.backend.ledger.db.selectFrom('members').select(['display_name', 'email', 'withdrawn_at']).execute();
  expect(stored).toEqual([{ display_name: 'Withdrawn member 1', email: null, withdrawn_at: expect.any(String) }]);
});
