import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startWebApp, type WebApp } from '../../electron/web/start-web-app';

interface AppFixtures {
  /** The app in web mode on its own temporary ledger, already open in the page. */
  app: WebApp;
  /** Opens the app with the demo network loaded through the same operation the Dashboard uses. */
  withDemoNetwork: () => Promise<void>;
}

export const test = base.extend<AppFixtures>({
  app: [
    async ({ page }, use) => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariat-e2e-'));
      const app = await startWebApp({ dataDir });
      await page.goto(app.server.appUrl);
      await use(app);
      await app.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    { auto: true },
  ],
  withDemoNetwork: async ({ app, page }, use) => {
    await use(async () => {
      const result = await app.backend.dispatch('ledger.loadDemo', {});
      if (!result.ok) throw new Error(result.error.message);
      await page.reload();
    });
  },
});

export { expect };

/** Clicks a main navigation link by its visible name. */
export async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}
