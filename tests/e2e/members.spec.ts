import { expect, openSection, test } from './fixtures';

test('a coordinator adds a member, finds them by search, edits them, and sees a bad email refused', async ({ page, app }) => {
  await openSection(page, 'Members');
  await page.getByRole('link', { name: 'Add member' }).click();
  await expect(page.getByRole('heading', { name: 'New member' })).toBeVisible();

  await page.getByLabel('Display name').fill('Guadalupe Núñez');
  await page.getByLabel('Stakeholder category').selectOption({ label: 'Current migrant worker' });
  await page.getByLabel(/^Alias/).fill('Worker G');
  await page.getByRole('checkbox', { name: 'Spanish' }).check();
  await page.getByLabel('Preferred language').selectOption({ label: 'Spanish' });
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByRole('button', { name: 'Save' }).click();

  // The contract's own rule refuses it in the browser, in a whole sentence beside the field; nothing is written.
  await expect(page.getByText('Enter an email address such as name@example.org.')).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  const afterRefusal = await app.backend.dispatch('members.list', {});
  expect(afterRefusal.ok && afterRefusal.data).toMatchObject({ total: 0 });

  await page.getByLabel('Email').fill('guadalupe@example.org');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Guadalupe Núñez' })).toBeVisible();

  await openSection(page, 'Members');
  await page.getByLabel('Search members').fill('nunez');
  await expect(page.getByRole('status')).toHaveText('1 member');
  await page.getByRole('link', { name: 'Guadalupe Núñez' }).click();

  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Phone').fill('+1 604 555 0199');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Guadalupe Núñez' })).toBeVisible();
  await expect(page.getByText('+1 604 555 0199')).toBeVisible();

  // The edit reached the real ledger file.
  const stored = await app.backend.ledger.db.selectFrom('members').select(['display_name', 'phone', 'email']).execute();
  expect(stored).toEqual([{ display_name: 'Guadalupe Núñez', phone: '+1 604 555 0199', email: 'guadalupe@example.org' }]);
});

test('search ignores accents and case and finds part of a name in any script', async ({ page, withDemoNetwork, app }) => {
  await withDemoNetwork();
  const created = await app.backend.dispatch('members.create', {
    member: {
      kind: 'individual', displayName: '陈美玲', alias: 'Lotus Seven', category: 'current_migrant_worker', organisationName: null,
      languages: ['zh'], preferredLanguage: 'zh', email: null, phone: null, mayContact: true, mayBeNamed: false,
      joinedOn: '2025-04-01', leftOn: null, notes: null,
    },
  });
  expect(created.ok).toBe(true);
  await openSection(page, 'Members');
  await page.getByLabel('Search members').fill('美玲');
  await expect(page.getByRole('link', { name: '陈美玲' })).toBeVisible();
  await page.getByLabel('Search members').fill('LOTUS SEV');
  await expect(page.getByRole('status')).toHaveText('1 member');
  await expect(page.getByRole('link', { name: '陈美玲' })).toBeVisible();
});

test('the dashboard offers the demo network on an empty ledger and the language switch turns the app French', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'The ledger is empty' })).toBeVisible();
  await page.getByRole('button', { name: 'Load demo network' }).click();
  await expect(page.getByRole('status')).toHaveText('150 demo members added.');
  await openSection(page, 'Settings');
  await page.getByLabel('Language of the app').selectOption('fr');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Membres' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
