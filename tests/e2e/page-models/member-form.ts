import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './app-shell';

/** The member form (#/members/new): the fields the flows fill, found by their English or French label. */
export class MemberForm {
  readonly shell: AppShell;
  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  async openNew(): Promise<void> {
    await this.shell.goto('#/members/new');
  }

  field(name: 'displayName' | 'email' | 'joinedOn'): Locator {
    const labels = {
      displayName: /^(Display name|Nom d'affichage)$/,
      email: /^(Email|Courriel)$/,
      joinedOn: /^(Joined on|Date d'adhésion)$/,
    } as const;
    return this.page.getByLabel(labels[name]);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Save|Enregistrer)$/ }).click();
  }

  /** The sentence shown under a field, read as screen readers announce it (the field's description). */
  async expectFieldError(name: 'displayName' | 'email' | 'joinedOn', sentence: string): Promise<void> {
    await expect(this.field(name)).toHaveAttribute('aria-invalid', 'true');
    await expect(this.field(name)).toHaveAccessibleDescription(sentence);
  }
}
