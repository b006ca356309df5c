import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as plainTest } from '@playwright/test';
import BetterSqlite3 from 'better-sqlite3';
import { callOk } from '../support/call-operation';
import { expect, openSection, test } from './fixtures';
import { startWebApp } from '../../electron/web/start-web-app';

test('the coordinator backs up, changes the ledger, and restores the backup from Settings', async ({ page, app, withDemoNetwork }) => {
  await withDemoNetwork();
  await openSection(page, 'Settings');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/was written and checked/)).toBeVisible();
  const backupsTable = page.getByRole('table', { name: 'Backups' });
  await expect(backupsTable.getByRole('row')).toHaveCount(2);
  await expect(backupsTable.getByText('Backed up by hand')).toBeVisible();
  await expect(backupsTable.getByText(/\d+(\.\d)? (KB|MB)/)).toBeVisible();

  const created = await app.backend.dispatch('members.create', {
    member: {
      kind: 'individual', displayName: 'Added After The Backup', alias: null, category: 'union', organisationName: null,
      languages: ['en'], preferredLanguage: 'en', email: null, phone: null, mayContact: true, mayBeNamed: true,
      joinedOn: '2026-01-05', leftOn: null, notes: null,
    },
  });
  expect(created.ok).toBe(true);

  await backupsTable.getByRole('button', { name: /^Restore the backup taken/ }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('kept as a backup');
  await dialog.getByRole('button', { name: 'Check and restore' }).click();
  await expect(page.getByText(/The ledger now holds the backup taken/)).toBeVisible();
  await expect(backupsTable.getByText('Before a restore')).toBeVisible();

  const status = await app.backend.dispatch('ledger.status', {});
  expect(status.ok && status.data).toMatchObject({ memberCount: 150 });
});

test('the audit log lists changes, filters by operation, and shows field names but no values', async ({ page, app, withDemoNetwork }) => {
  await withDemoNetwork();
  const created = await app.backend.dispatch('members.create', {
    member: {
      kind: 'individual', displayName: 'Hidden Name Person', alias: 'Sandpiper', category: 'current_migrant_worker', organisationName: null,
      languages: ['es'], preferredLanguage: 'es', email: 'hidden.person@example.org', phone: null, mayContact: true, mayBeNamed: false,
      joinedOn: '2026-01-05', leftOn: null, notes: null,
    },
  });
  expect(created.ok).toBe(true);
  // The demo network writes entries of its own (members, meetings, recommendations), plus this one.
  const listed = await app.backend.dispatch('audit.list', {});
  const total = listed.ok ? (listed.data as { total: number }).total : 0;
  expect(total).toBeGreaterThan(1);
  await openSection(page, 'Settings');
  const audit = page.locator('section.audit');
  await expect(audit.getByRole('status')).toHaveText(`${total} entries`);
  await audit.getByLabel('Operation').selectOption('members.create');
  await expect(audit.getByRole('status')).toHaveText('1 entry');
  await expect(audit.getByRole('cell', { name: /displayName/ })).toBeVisible();
  await expect(audit).not.toContainText('Hidden Name Person');
  await expect(audit).not.toContainText('hidden.person@example.org');
});

plainTest('a ledger that is not a database opens the recovery screen, which restores the newest good backup', async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariat-e2e-recovery-'));
  // A good ledger with a backup, then its file replaced by something that is not a ledger.
  const first = await startWebApp({ dataDir });
  const loaded = await first.backend.dispatch('ledger.loadDemo', {});
  const backedUp = await first.backend.dispatch('backups.create', {});
  expect(loaded.ok && backedUp.ok).toBe(true);
  await first.stop();
  fs.writeFileSync(path.join(dataDir, 'ledger.sqlite'), 'a spreadsheet saved over the ledger');

  const app = await startWebApp({ dataDir });
  try {
    await page.goto(app.server.appUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'The ledger could not be opened' })).toBeVisible();
    await expect(page.getByText('not an SQLite database')).toBeVisible();
    await page.getByRole('button', { name: /^Restore the backup taken/ }).click();
    await expect(page.getByText(/The file that could not be opened was kept as/)).toBeVisible();
    await page.getByRole('button', { name: 'Open the ledger' }).click();
    await expect(page.getByRole('navigation')).toBeVisible();
    const status = await app.backend.dispatch('ledger.status', {});
    expect(status.ok && status.data).toMatchObject({ memberCount: 150 });
    const setAside = fs.readdirSync(dataDir).find((name) => name.startsWith('ledger.sqlite.damaged-'));
    expect(fs.readFileSync(path.join(dataDir, setAside ?? 'missing'), 'utf8')).toBe('a spreadsheet saved over the ledger');
  } finally {
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

plainTest("another application's database with its own members table opens the recovery screen untouched, and the newest good backup comes back", async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariat-e2e-foreign-'));
  const ledgerPath = path.join(dataDir, 'ledger.sqlite');
  const first = await startWebApp({ dataDir });
  await callOk(first.backend.dispatch, 'ledger.loadDemo', {});
  await callOk(first.backend.dispatch, 'backups.create', {});
  const newest = await callOk(first.backend.dispatch, 'backups.create', {});
  await first.stop();
  // Another program's database, saved where the ledger was.
  fs.rmSync(ledgerPath);
  const foreign = new BetterSqlite3(ledgerPath);
  foreign.exec("create table members (id integer primary key, name text); insert into members (name) values ('Chess club member');");
  foreign.close();
  const foreignBytes = fs.readFileSync(ledgerPath);

  const app = await startWebApp({ dataDir });
  try {
    await page.goto(app.server.appUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'The ledger could not be opened' })).toBeVisible();
    await expect(page.getByText(/not a ledger of this app: .*with a members table of its own/)).toBeVisible();
    expect(fs.readFileSync(ledgerPath).equals(foreignBytes)).toBe(true);
    expect(fs.readdirSync(dataDir).filter((name) => name.startsWith('ledger.sqlite-'))).toEqual([]);
    await page.screenshot({ path: plainTest.info().outputPath('recovery-foreign-database.png'), fullPage: true });
    expect((await callOk(app.backend.dispatch, 'ledger.recovery', {})).backups[0]?.name).toBe(newest.name);

    const offered = page.getByRole('button', { name: /^Restore the backup taken/ });
    await expect(offered.first()).toBeVisible();
    await offered.first().click();
    await expect(page.getByText(/The file that could not be opened was kept as/)).toBeVisible();
    await page.getByRole('button', { name: 'Open the ledger' }).click();
    await expect(page.getByRole('navigation')).toBeVisible();
    expect((await callOk(app.backend.dispatch, 'ledger.status', {})).memberCount).toBe(150);
    const setAside = fs.readdirSync(dataDir).find((name) => name.startsWith('ledger.sqlite.damaged-'));
    expect(fs.readFileSync(path.join(dataDir, setAside ?? 'missing')).equals(foreignBytes)).toBe(true);
  } finally {
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('the app opened as http://localhost:<port> works as it does on 127.0.0.1', async ({ page, app }) => {
  await page.goto(app.server.appUrl.replace('//127.0.0.1:', '//localhost:'));
  await openSection(page, 'Settings');
  // A write from the page: its Origin is http://localhost:<port>, addressed to Host localhost:<port>.
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/was written and checked/)).toBeVisible();
});

test('the small-count threshold is set in Settings and can never go below 5', async ({ page, app }) => {
  await openSection(page, 'Settings');
  const threshold = page.getByLabel('Hide counts of people below');
  await expect(threshold).toHaveValue('10');
  await threshold.fill('4');
  await page.getByRole('button', { name: 'Save threshold' }).click();
  await expect(page.getByText(/5/).and(page.getByRole('alert'))).toBeVisible();
  const unchanged = await app.backend.dispatch('reports.settings.get', {});
  expect(unchanged.ok && unchanged.data).toMatchObject({ suppressionThreshold: 10 });
  await threshold.fill('12');
  await page.getByRole('button', { name: 'Save threshold' }).click();
  await expect(page.getByText('Threshold saved.')).toBeVisible();
  const saved = await app.backend.dispatch('reports.settings.get', {});
  expect(saved.ok && saved.data).toMatchObject({ suppressionThreshold: 12 });
});
