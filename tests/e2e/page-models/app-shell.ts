import { expect, type Page } from '@playwright/test';

/** The frame around every page: going to a page by its address, and the language it is shown in. */
export class AppShell {
  constructor(readonly page: Page) {}

  /** Goes to a page by its hash route ("#/meetings/3/minutes"), as a link would, and waits for its title. */
  async goto(hash: string): Promise<void> {
    await this.page.evaluate((target) => {
      // Runs in the browser; the test project has no DOM types.
      (globalThis as unknown as { location: { hash: string } }).location.hash = target;
    }, hash);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(this.page.getByRole('heading', { level: 1 })).not.toHaveText(/Loading|Chargement/);
  }

  /** Chooses the app's language in Settings, whatever language it is in now. */
  async chooseLanguage(language: 'en' | 'fr'): Promise<void> {
    await this.goto('#/settings');
    await this.page.getByLabel(/^(Language of the app|Langue de l'application)$/).selectOption(language);
    await expect(this.page.locator('html')).toHaveAttribute('lang', language);
  }
}
