import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { operationNames } from '../../shared/contract';

/**
 * The real shell end to end: Electron, the sandboxed preload, IPC and the ledger.
 * Needs the Electron binary, the built app (electron-vite build) and better-sqlite3 built for
 * Electron (node scripts/native-for-electron.mjs); npm start does both builds.
 */

const projectRoot = path.resolve(__dirname, '..', '..');
const electronPackageDir = path.join(projectRoot, 'node_modules', 'electron');

/** Found by hand: require('electron') would try to download the binary when it is missing. */
function electronBinary(): string | undefined {
  const pathFile = path.join(electronPackageDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return undefined;
  const binary = path.join(electronPackageDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : undefined;
}

function missingPrerequisites(): string[] {
  const missing: string[] = [];
  for (const built of ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html']) {
    if (!fs.existsSync(path.join(projectRoot, built)))
      missing.push(`${built} (run: npx electron-vite build --config electron.config.ts)`);
  }
  const version = (
    JSON.parse(fs.readFileSync(path.join(electronPackageDir, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const native = path.join('.native', `electron-${version}`, 'better_sqlite3.node');
  if (!fs.existsSync(path.join(projectRoot, native)))
    missing.push(`${native} (run: node scripts/native-for-electron.mjs)`);
  return missing;
}

const binary = electronBinary();
test.skip(
  binary === undefined,
  'No Electron binary in node_modules/electron/dist: the electron package never downloaded it. Run "node node_modules/electron/install.js" (needs network access) to run the desktop tests.',
);

let dataDir: string | undefined;
let electronApp: ElectronApplication | undefined;
let page: Page;

test.beforeEach(async () => {
  const missing = missingPrerequisites();
  if (missing.length > 0) throw new Error(`The desktop app is not built:\n  ${missing.join('\n  ')}`);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariat-electron-e2e-'));
  // The built app, never a dev server a developer happens to have configured.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL',
    ),
  );
  const launched = await electron.launch({
    executablePath: binary,
    args: [projectRoot, '--data-dir', dataDir],
    cwd: projectRoot,
    env,
  });
  electronApp = launched;
  page = await launched.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

async function closeApp(): Promise<void> {
  const running = electronApp;
  electronApp = undefined;
  await running?.close();
}

test.afterEach(async () => {
  await closeApp();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;
});

async function openSection(name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('the renderer has no Node and sees only the named contract functions', async () => {
  expect(page.url()).toBe('app://renderer/index.html');
  // Strings, not functions: these run in the page, whose globals the Node type-check does not describe.
  expect(await page.evaluate('typeof require')).toBe('undefined');
  expect(await page.evaluate('typeof process')).toBe('undefined');
  expect(await page.evaluate('typeof module')).toBe('undefined');
  expect(((await page.evaluate('Object.keys(window.secretariat)')) as string[]).sort()).toEqual(
    [...operationNames].sort(),
  );
  expect(await page.evaluate('typeof window.secretariat.invoke')).toBe('undefined');
});

test('the window cannot leave the app or open new windows', async () => {
  await page.evaluate("location.href = 'https://example.org/'");
  // A blocked navigation leaves no trace to wait for; give it time to have happened if it were allowed.
  await page.waitForTimeout(1_000);
  expect(page.url()).toMatch(/^app:\/\/renderer\//);
  await expect(page.getByRole('navigation')).toBeVisible();

  expect(await page.evaluate("window.open('file:///etc/passwd') === null")).toBe(true);
  expect(electronApp?.windows()).toHaveLength(1);
});

test('a coordinator adds a member, finds them by search, edits them, and sees a bad email refused', async () => {
  await openSection('Members');
  await page
    .getByRole('link', { name: 'Add member' })
    .or(page.getByRole('button', { name: 'Add member' }))
    .click();

  await page.getByLabel('Display name').fill('Guadalupe Núñez');
  await page.getByLabel('Stakeholder category').selectOption('current_migrant_worker');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByRole('button', { name: 'Save' }).click();

  // Refused by the contract's own rule in the renderer, in a whole sentence beside the field.
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter an email address such as name@example.org.')).toBeVisible();

  await page.getByLabel('Email').fill('guadalupe@example.org');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Guadalupe Núñez' })).toBeVisible();

  await openSection('Members');
  await page.getByLabel('Search members').fill('nunez');
  await expect(page.getByRole('status')).toHaveText('1 member');
  await page.getByRole('link', { name: 'Guadalupe Núñez' }).click();

  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Display name').fill('Guadalupe Núñez Ortiz');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Guadalupe Núñez Ortiz' })).toBeVisible();

  // The change reached the ledger file in the data dir given on the command line.
  await closeApp();
  const ledger = new Database(path.join(dataDir ?? '', 'ledger.sqlite'), { readonly: true });
  try {
    const rows = ledger.prepare('SELECT display_name, email FROM members').all();
    expect(rows).toEqual([{ display_name: 'Guadalupe Núñez Ortiz', email: 'guadalupe@example.org' }]);
  } finally {
    ledger.close();
  }
});
