import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startWebApp, type WebApp } from '../../electron/web/start-web-app';
import { memberDraft } from '../support/member-drafts';
import { expect, test as appTest } from './fixtures';
import { MemberForm } from './page-models/member-form';

// The web mode on a ledger kept on a throwaway PostgreSQL cluster (scripts/with-postgres.mjs starts it,
// once per worker): what a coordinator sees of a shared ledger in a real browser.

interface Cluster {
  url: string;
  stop(): void;
}

interface ServerFixtures {
  /** The app in web mode on a new database of the cluster, with its own data folder. */
  serverApp: WebApp & { dataDir: string };
}

const test = appTest.extend<ServerFixtures, { cluster: Cluster }>({
  cluster: [
    async ({}, use) => {
      const { startThrowawayCluster } = await import('../../scripts/with-postgres.mjs');
      const cluster = await startThrowawayCluster();
      await use(cluster);
      cluster.stop();
    },
    { scope: 'worker' },
  ],
  serverApp: async ({ cluster }, use) => {
    const database = `ledger_e2e_${crypto.randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query(`create database "${database}" template template0 encoding 'UTF8' locale 'C.UTF-8'`);
    const url = new URL(cluster.url);
    url.pathname = `/${database}`;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariat-e2e-server-'));
    const app = await startWebApp({ dataDir, databaseUrl: url.toString() });
    await use(Object.assign(app, { dataDir }));
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    await admin.query(`drop database if exists "${database}" with (force)`);
    await admin.end();
  },
});

test('two pages editing the same member on the server: the second save is refused, naming who changed it and when', async ({ page, context, serverApp }) => {
  await page.goto(serverApp.server.appUrl);
  const form = new MemberForm(page);
  await form.openNew();
  await form.field('displayName').fill('Rosa Díaz');
  await form.save();
  await expect(page.getByRole('heading', { level: 1, name: 'Rosa Díaz' })).toBeVisible();
  const id = /#\/members\/(\d+)/.exec(page.url())?.[1];
  expect(id).toBeDefined();

  const second = await context.newPage();
  await second.goto(serverApp.server.appUrl);
  const secondForm = new MemberForm(second);
  await form.shell.goto(`#/members/${id}/edit`);
  await secondForm.shell.goto(`#/members/${id}/edit`);

  await form.field('email').fill('rosa.first@example.org');
  await form.save();
  await expect(page.getByRole('heading', { level: 1, name: 'Rosa Díaz' })).toBeVisible();
  await secondForm.field('email').fill('rosa.second@example.org');
  await secondForm.save();
  const alert = second.getByRole('alert');
  await expect(alert).toContainText('changed this record on');
  await expect(alert).toContainText('Your changes were not saved');
  await second.screenshot({ path: test.info().outputPath('server-stale-save.png'), fullPage: true });
  const stored = await serverApp.backend.dispatch('members.get', { id: Number(id) });
  expect(stored.ok && stored.data).toMatchObject({ email: 'rosa.first@example.org' });
});

test('Settings copies the server ledger to the backup drive encrypted, and a withdrawal deletes the copies and says what it cannot reach', async ({ page, serverApp }) => {
  const drive = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariat-e2e-drive-'));
  const passphrase = 'lanterns along the river';
  for (const [operation, input] of [
    ['backups.setPassphrase', { passphrase, confirmation: passphrase }],
    ['backups.setFolder', { folder: drive }],
    ['members.create', { member: memberDraft({ displayName: 'Rigoberta Cux Tzoc', alias: 'Sandpiper' }) }],
  ] as const) {
    const result = await serverApp.backend.dispatch(operation, input);
    expect(result.ok, JSON.stringify(result)).toBe(true);
  }
  await page.goto(serverApp.server.appUrl);
  await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByText(/copies the server ledger with it/)).toContainText(drive);
  await expect(page.getByText(/restoring is the administrator’s job/)).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).click();
  const backups = page.getByRole('table', { name: 'Backups' });
  await expect(backups.getByRole('row').filter({ hasText: drive })).toContainText('encrypted');
  await page.screenshot({ path: test.info().outputPath('server-backups.png'), fullPage: true });
  expect(fs.readdirSync(drive).filter((name) => name.endsWith('.pgdump.enc'))).toHaveLength(1);

  await page.getByRole('navigation').getByRole('link', { name: 'Members', exact: true }).click();
  await page.getByRole('link', { name: 'Rigoberta Cux Tzoc' }).click();
  await page.getByRole('button', { name: 'Withdraw and anonymise…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Withdraw Rigoberta Cux Tzoc?' });
  await dialog.getByLabel('I understand this cannot be undone').check();
  await dialog.getByRole('button', { name: 'Withdraw and erase now' }).click();
  await expect(page.getByRole('status').filter({ hasText: /copies of the server ledger this app had saved were deleted/ })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('the server’s own backups');
  await page.screenshot({ path: test.info().outputPath('server-withdrawal.png'), fullPage: true });
  fs.rmSync(drive, { recursive: true, force: true });
});
