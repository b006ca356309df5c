import type { WebApp } from '../../electron/web/start-web-app';
import { expect, openSection, test } from './fixtures';

async function createMember(app: WebApp, displayName: string, extra: Record<string, unknown> = {}): Promise<number> {
  const result = await app.backend.dispatch('members.create', {
    member: {
      kind: 'individual', displayName, alias: extra.category ? null : 'Sandpiper', category: 'current_migrant_worker', organisationName: null,
      languages: ['es'], preferredLanguage: 'es', email: null, phone: null, mayContact: true, mayBeNamed: false,
      joinedOn: '2025-04-01', leftOn: null, notes: null, ...extra,
    },
  });
  if (!result.ok) throw new Error(result.error.message);
  return (result.data as { id: number }).id;
}

test('a coordinator creates a working group, gives members roles, and sees them on both pages', async ({ page, app }) => {
  await createMember(app, 'Ana Reyes');
  await createMember(app, 'Ben Okafor', { category: 'union' });
  await createMember(app, 'Chen Wei', { category: 'settlement_agency' });

  await openSection(page, 'Working groups');
  await page.getByRole('link', { name: 'Add working group' }).click();
  await page.getByLabel('Name').fill('Policy working group');
  await page.getByLabel('Mandate').fill('Advise the plenary on open work permits');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Policy working group' })).toBeVisible();
  await expect(page.getByText('No one has a role in this group yet.')).toBeVisible();

  const addMember = async (search: string, name: string, role: string) => {
    await page.getByLabel('Find a member').fill(search);
    await expect(page.getByLabel('Member', { exact: true }).locator('option', { hasText: name })).toHaveCount(1);
    await page.getByLabel('Member', { exact: true }).selectOption({ label: name });
    await page.getByLabel('Role', { exact: true }).selectOption({ label: role });
    await page.getByRole('button', { name: 'Add to group' }).click();
  };
  // A migrant worker is offered with their alias beside the name.
  await addMember('ana', 'Ana Reyes (Sandpiper)', 'Chair');
  await expect(page.getByRole('row', { name: /Ana Reyes.*Chair/ })).toBeVisible();
  await addMember('okafor', 'Ben Okafor', 'Co-chair');
  await expect(page.getByRole('row', { name: /Ben Okafor.*Co-chair/ })).toBeVisible();

  // One chair at a time: the refusal appears beside the role field and nothing is added.
  await addMember('chen', 'Chen Wei', 'Chair');
  await expect(page.getByText('The group already has a chair for some of those dates. End that role first, or choose co-chair.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Chen Wei/ })).toHaveCount(0);
  await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Member' });
  await page.getByRole('button', { name: 'Add to group' }).click();
  await expect(page.getByRole('row', { name: /Chen Wei.*Member/ })).toBeVisible();

  // The member's page lists the group and the role.
  await page.getByRole('link', { name: 'Ben Okafor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ben Okafor' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Working groups' }).getByRole('row', { name: /Policy working group.*Co-chair/ })).toBeVisible();

  // The members list filters by the group, and its columns sort.
  await openSection(page, 'Members');
  await page.getByLabel('Working group').selectOption({ label: 'Policy working group' });
  await expect(page.getByRole('status')).toHaveText('3 members');
  await page.getByRole('button', { name: 'Name' }).click();
  await expect(page.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('table', { name: 'Members' }).getByRole('link').first()).toHaveText('Chen Wei');
});

test('a coordinator exports what the ledger holds, then withdraws and anonymises a member', async ({ page, app }) => {
  await createMember(app, 'Guadalupe Núñez', { email: 'guadalupe@example.org', notes: 'Prefers evening calls' });
  await createMember(app, 'Another Worker');

  await openSection(page, 'Members');
  await page.getByLabel('Search members').fill('nunez');
  await page.getByRole('link', { name: 'Guadalupe Núñez' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Guadalupe Núñez' })).toBeVisible();

  // A change of consent is added to the register; the first entry (from the member form) stays as history.
  await page.getByRole('button', { name: 'Record a change of consent' }).click();
  await page.getByLabel('Testimony may be recorded').check();
  await page.getByLabel('How it was given').selectOption({ label: 'Through an interpreter' });
  await page.getByLabel('Note (optional)').fill('Spanish interpreter present');
  await page.getByRole('button', { name: 'Record consent' }).click();
  const register = page.getByRole('table', { name: 'Consent register' });
  await expect(register.getByRole('row', { name: /Through an interpreter.*Spanish interpreter present/ })).toBeVisible();
  await expect(register.getByRole('row', { name: /Member form/ })).toBeVisible();

  const downloadStarted = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download access export (.docx)' }).click();
  const download = await downloadStarted;
  expect(download.suggestedFilename()).toMatch(/^access-request-member-\d+-\d{4}-\d{2}-\d{2}\.docx$/);

  await page.getByRole('button', { name: 'Withdraw and anonymise…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Withdraw Guadalupe Núñez?' });
  await expect(dialog.getByText('This cannot be undone.')).toBeVisible();
  const erase = dialog.getByRole('button', { name: 'Withdraw and erase now' });
  await expect(erase).toBeDisabled();
  await dialog.getByLabel('I understand this cannot be undone').check();
  await erase.click();

  await expect(page.getByRole('heading', { level: 1, name: 'Withdrawn member 1' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'now appears as "Withdrawn member 1"' })).toBeVisible();
  await expect(page.getByText('guadalupe@example.org')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);

  await openSection(page, 'Members');
  await page.getByLabel('Search members').fill('nunez');
  await expect(page.getByRole('status')).toHaveText('0 members');
  await page.getByLabel('Search members').fill('');
  await expect(page.getByRole('status')).toHaveText('2 members');

  const stored = await app.backend.ledger.db.selectFrom('members').select(['display_name', 'email', 'notes']).orderBy('id').execute();
  expect(stored).toEqual([
    { display_name: 'Withdrawn member 1', email: null, notes: null },
    { display_name: 'Another Worker', email: null, notes: null },
  ]);
});
