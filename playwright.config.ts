import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium-launch';

/**
 * Browser tests run the app in web mode in Debian's Chromium (Playwright cannot download its own
 * browsers here). Each test starts its own server on a temporary ledger: see tests/e2e/fixtures.ts.
 */
export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'e2e-electron/**/*.spec.ts'],
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
    locale: 'en-CA',
    timezoneId: 'America/Vancouver',
  },
});
