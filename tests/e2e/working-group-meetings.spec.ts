import { expect, openSection, test } from './fixtures';
import { shownDate } from '../support/shown-date';

const member = (displayName: string, category: string) => ({
  kind: 'individual',
  displayName,
  alias: null,
  category,
  organisationName: null,
  languages: ['en'],
  preferredLanguage: 'en',
  email: null,
  phone: null,
  mayContact: true,
  mayBeNamed: false,
  joinedOn: '2025-04-01',
  leftOn: null,
  notes: null,
});

async function data<T>(result: Promise<{ ok: boolean; data?: unknown; error?: { message: string } }>): Promise<T> {
  const envelope = await result;
  if (!envelope.ok) throw new Error(envelope.error?.message);
  return envelope.data as T;
}

test("a working-group meeting is scheduled by picking the group, expects its members, and shows on the group's page", async ({ page, app }) => {
  const dispatch = (operation: string, input: unknown) => app.backend.dispatch(operation as never, input as never);
  const group = await data<{ id: number }>(dispatch('workingGroups.create', { group: { name: 'Housing justice', mandate: null, status: 'active' } }));
  await data(dispatch('workingGroups.create', { group: { name: 'Old campaign', mandate: null, status: 'closed' } }));
  const chair = await data<{ id: number }>(dispatch('members.create', { member: member('Pat Chair', 'union') }));
  await data(dispatch('members.create', { member: member('Not In Group', 'union') }));
  await data(dispatch('workingGroups.addMember', { workingGroupId: group.id, memberId: chair.id, membership: { role: 'chair', startOn: '2025-05-01', endOn: null } }));
  await data(
    dispatch('recommendations.create', {
      recommendation: {
        kind: 'policy',
        title: 'Safe housing inspections',
        text: 'Inspect employer-provided housing every season.',
        rationale: null,
        workingGroupId: group.id,
        workingGroupName: 'Housing justice',
        draftedOn: '2026-10-15',
      },
    }),
  );
  await page.reload();

  await openSection(page, 'Meetings');
  await page.getByRole('link', { name: 'New meeting' }).click();
  await page.getByLabel('Kind').selectOption({ label: 'Working-group meeting' });
  const groupSelect = page.getByLabel('Working group');
  // Closed groups are not offered for a new meeting.
  await expect(groupSelect.locator('option')).toHaveText(['Choose a working group', 'Housing justice']);
  await page.getByLabel('Title').fill('Housing group, December');
  await page.getByLabel('Date').fill('2026-12-08');
  await page.getByLabel('Start time').fill('18:30');
  await page.getByLabel('End time').fill('20:00');

  // Saving without a group names the field.
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Choose the working group this meeting belongs to.')).toBeVisible();
  await groupSelect.selectOption({ label: 'Housing justice' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Housing group, December' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Housing justice' })).toHaveAttribute('href', `#/workingGroups/${group.id}`);

  await page.getByRole('link', { name: 'Attendance' }).click();
  await expect(page.getByRole('rowheader', { name: 'Pat Chair' })).toBeVisible();
  await expect(page.getByText('Not In Group')).toHaveCount(0);

  await openSection(page, 'Working groups');
  await page.getByRole('link', { name: 'Housing justice' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Housing justice' })).toBeVisible();
  const meetings = page.getByRole('table', { name: 'Meetings' });
  await expect(meetings.getByRole('link', { name: 'Housing group, December' })).toBeVisible();
  await expect(meetings).toContainText(shownDate('2026-12-08'));
  const recommendations = page.getByRole('table', { name: 'Recommendations' });
  await expect(recommendations.getByRole('link', { name: 'Safe housing inspections' })).toBeVisible();
  await expect(recommendations).toContainText('Draft');
});
