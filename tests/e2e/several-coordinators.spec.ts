import { currentActor } from '../../electron/ledger/audit/current-actor';
import { memberDraft } from '../support/member-drafts';
import { expect, test } from './fixtures';
import { MemberForm } from './page-models/member-form';

test('a save made from a stale member form is refused with who changed the member and when, and nothing is overwritten', async ({ app, page }) => {
  const created = await app.backend.dispatch('members.create', { member: memberDraft({ displayName: 'Rosa Díaz', alias: 'Heron' }) });
  if (!created.ok) throw new Error(created.error.message);
  const { id, version } = created.data as { id: number; version: number };
  const form = new MemberForm(page);
  await form.shell.goto(`#/members/${id}/edit`);
  await form.field('email').fill('rosa.new@example.org');

  // Meanwhile another coordinator saves the same member.
  const other = await app.backend.dispatch('members.update', { id, member: memberDraft({ displayName: 'Rosa Díaz', alias: 'Heron', phone: '+1 604 555 0199' }), expectedVersion: version });
  expect(other.ok).toBe(true);

  await form.save();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`${currentActor()} changed this record on`);
  await expect(alert).toContainText('Your changes were not saved');
  await page.screenshot({ path: test.info().outputPath('stale-member-form.png'), fullPage: true });

  const now = await app.backend.dispatch('members.get', { id });
  expect(now.ok && now.data).toMatchObject({ phone: '+1 604 555 0199', email: 'maria@example.org' });
});

test('Settings says where the ledger is kept and offers a shared server', async ({ page }) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByText('a file on this computer (SQLite)')).toBeVisible();
  const address = page.getByLabel('Server address');
  await address.fill('http://not-a-database');
  await page.getByRole('button', { name: 'Use this server from the next start' }).click();
  await expect(address).toHaveAccessibleDescription(/postgres:\/\/role:password@server\/database/);
  await address.fill('postgres://amira:secret-word@ledger.example.org/secretariat');
  await page.getByRole('button', { name: 'Use this server from the next start' }).click();
  await expect(page.getByText('From the next start, the ledger is on postgres://amira:***@ledger.example.org/secretariat.')).toBeVisible();
  await expect(page.getByText('secret-word')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('settings-server.png'), fullPage: true });
});
