import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { startWebApp } from '../../electron/web/start-web-app';
import { memberDraft } from '../support/member-drafts';

const passphrase = 'the plenary starts at six';

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
}

test('the coordinator sets a backup passphrase, backs up to a drive, and restores after a restart with the passphrase', async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariat-e2e-encryption-'));
  const drive = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariat-e2e-drive-'));
  let app = await startWebApp({ dataDir });
  try {
    await page.goto(app.server.appUrl);
    await openSettings(page);
    const panel = page.locator('section.backups__passphrase');
    await expect(panel).toContainText('No backup passphrase is set yet');
    // A folder on another drive needs the passphrase first.
    await page.getByRole('textbox', { name: 'Backup folder' }).fill(drive);
    await page.getByRole('button', { name: 'Use this folder' }).click();
    await expect(page.getByText(/Set a backup passphrase first/)).toBeVisible();

    await panel.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await panel.getByLabel('Type the passphrase again').fill(`${passphrase}!`);
    await panel.getByRole('button', { name: 'Set the passphrase' }).click();
    await expect(panel.getByText('Type the same passphrase twice.')).toBeVisible();
    await panel.getByLabel('Type the passphrase again').fill(passphrase);
    await panel.getByRole('button', { name: 'Set the passphrase' }).click();
    await expect(panel).toContainText('Losing it loses those backups');

    await page.getByRole('button', { name: 'Use this folder' }).click();
    await expect(page.getByText(`New backups will go to ${drive}.`)).toBeVisible();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByText(/was written and checked/)).toBeVisible();
    const backupsTable = page.getByRole('table', { name: 'Backups' });
    await expect(backupsTable.getByText('encrypted')).toBeVisible();
    expect(fs.readdirSync(drive)).toEqual([expect.stringMatching(/^manual-.*\.sqlite\.enc$/)]);
    const accessibility = await new AxeBuilder({ page }).include('section.backups').analyze();
    expect(accessibility.violations).toEqual([]);

    const created = await app.backend.dispatch('members.create', { member: memberDraft({ displayName: 'Added After The Backup' }) });
    expect(created.ok).toBe(true);
    await app.stop();

    // A new start: the passphrase lives in memory only, so Settings asks for it again.
    app = await startWebApp({ dataDir });
    await page.goto(app.server.appUrl);
    await openSettings(page);
    await expect(page.getByRole('heading', { name: 'Enter the backup passphrase' })).toBeVisible();
    await expect(page.getByText(/new backups are kept on this computer/)).toBeVisible();

    await page.getByRole('table', { name: 'Backups' }).getByRole('row', { name: /Backed up by hand/ }).getByRole('button', { name: /^Restore the backup taken/ }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByLabel('Backup passphrase').fill('the plenary starts at seven');
    await dialog.getByRole('button', { name: 'Check and restore' }).click();
    await expect(dialog.getByText(/That is not the backup passphrase/)).toBeVisible();
    await dialog.getByLabel('Backup passphrase').fill(passphrase);
    await dialog.getByRole('button', { name: 'Check and restore' }).click();
    await expect(page.getByText(/The ledger now holds the backup taken/)).toBeVisible();
    const status = await app.backend.dispatch('ledger.status', {});
    expect(status.ok && status.data).toMatchObject({ memberCount: 0 });
  } finally {
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(drive, { recursive: true, force: true });
  }
});
