import type { Locator, Page } from '@playwright/test';
import { AppShell } from './app-shell';

type Tab = 'agenda' | 'attendance' | 'interpretation' | 'votes' | 'minutes';

/** A meeting's page and its tabs, in either language (labels are looked up by role and position). */
export class MeetingPage {
  readonly shell: AppShell;
  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  open(meetingId: number, tab: Tab = 'agenda'): Promise<void> {
    return this.shell.goto(`#/meetings/${meetingId}/${tab}`);
  }

  get quorum(): Locator {
    return this.page.getByTestId('quorum');
  }

  get voteOutcome(): Locator {
    return this.page.getByTestId('vote-outcome');
  }

  /** The tally box for, against or abstain, whatever the language of its label. */
  tallyBox(column: 'for' | 'against' | 'abstain'): Locator {
    const labels = { for: /^(For|Pour)$/, against: /^(Against|Contre)$/, abstain: /^(Abstain|Abstention)$/ } as const;
    return this.page.getByLabel(labels[column]);
  }

  get approveButton(): Locator {
    return this.page.getByRole('button', { name: /^(Approve minutes|Adopter le procès-verbal)$/ });
  }
}
