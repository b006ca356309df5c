import type { Locator, Page } from '@playwright/test';
import { AppShell } from './app-shell';

/** The Reports page: the quarterly report and the meeting documents below it. */
export class ReportsPage {
  readonly shell: AppShell;
  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  open(): Promise<void> {
    return this.shell.goto('#/reports');
  }

  get meetingChoice(): Locator {
    return this.page.getByLabel(/^(Meeting|Réunion)$/, { exact: true });
  }

  get documentChoice(): Locator {
    return this.page.getByLabel(/^Document$/);
  }
}
