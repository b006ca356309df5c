import { expect, openSection, test } from './fixtures';
import { daysFromToday, seedMeeting, seedMember } from '../support/seed';

const worker = (alias: string) => ({
  displayName: `Private name of ${alias}`,
  alias,
  languages: ['es' as const],
  preferredLanguage: 'es' as const,
  email: null,
  phone: null,
});

// Dates are relative to today: approving minutes depends on which meetings have already taken place.
const heldOn = daysFromToday(-14);

test('a coordinator runs a plenary from template to approved, amended minutes', async ({ page, app }) => {
  for (const alias of ['Rosa', 'Luis', 'Marta', 'Jorge']) await seedMember(app.backend.dispatch, worker(alias));
  await seedMember(app.backend.dispatch, {
    ...worker('unused'),
    displayName: 'Pat Advocate',
    alias: null,
    category: 'worker_advocacy',
    languages: ['en'],
    preferredLanguage: 'en',
  });
  await page.reload();

  // Create a plenary: it starts from the template, worker voices first.
  await openSection(page, 'Meetings');
  await page.getByRole('link', { name: 'New meeting' }).click();
  await page.getByLabel('Title').fill('Winter plenary');
  await page.getByLabel('Date').fill(heldOn);
  await page.getByLabel('Start time').fill('18:00');
  await page.getByLabel('End time').fill('21:00');
  await page.getByLabel('Place').fill('Surrey community hall');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Winter plenary' })).toBeVisible();
  const items = page.getByTestId('agenda-item');
  await expect(items.first()).toContainText('Worker voices');

  // Build the agenda: a worker presents (shown by alias), then the item moves up by keyboard button.
  const addForm = page.getByRole('form', { name: 'Add item' });
  await addForm.getByLabel('Item kind').selectOption({ label: 'Presentation' });
  await addForm.getByLabel('Item title').fill('Housing on farms');
  await addForm.getByLabel('Presenter').fill('Rosa');
  await addForm.getByRole('button', { name: 'Rosa' }).click();
  await addForm.getByLabel('Planned minutes').fill('20');
  await addForm.getByRole('button', { name: 'Add item' }).click();
  await expect(items.last()).toContainText('Housing on farms');
  await expect(items.last()).toContainText('Rosa');
  await expect(page.getByText('Private name of Rosa')).toHaveCount(0);
  const before = await items.count();
  await page.getByRole('button', { name: 'Move up: Housing on farms' }).click();
  await expect(items.nth(before - 2)).toContainText('Housing on farms');
  await expect(page.getByRole('button', { name: 'Move up: Housing on farms' })).toBeFocused();
  // Dragging works too: drop the last item on the second row.
  await items.last().dragTo(items.nth(1));
  await expect(items.nth(1)).toContainText('Open discussion');
  await expect(items.first()).toContainText('Worker voices');

  // Book a Spanish interpreter and see the warning clear.
  const warning = page.getByTestId('language-warnings');
  await expect(warning).toHaveText('4 expected attendees need Spanish; no confirmed Spanish interpreter.');
  await page.getByRole('navigation', { name: 'Meeting sections' }).getByRole('link', { name: 'Interpreters' }).click();
  await page.getByRole('button', { name: 'Book an interpreter' }).click();
  await expect(page.getByLabel('Language')).toHaveValue('es');
  await page.getByLabel('Provider or interpreter').fill('Coastal Interpreting Co-op');
  await page.getByLabel('Hourly rate ($)').fill('85.50');
  await page.getByLabel('Minimum charge ($)').fill('200');
  await page.getByLabel('Status').selectOption({ label: 'Confirmed' });
  await page.getByRole('button', { name: 'Save booking' }).click();
  await expect(page.getByRole('cell', { name: '$256.50' })).toBeVisible();
  await expect(warning).toHaveCount(0);

  // Take attendance and see quorum met.
  await page.getByRole('link', { name: 'Attendance' }).click();
  const quorum = page.getByTestId('quorum');
  await expect(quorum).toContainText('Quorum not met.');
  await page.getByLabel('Attendance of Pat Advocate').selectOption({ label: 'Regrets' });
  await page.getByRole('button', { name: 'Mark all present' }).click();
  await expect(quorum).toContainText('Quorum met.');
  await expect(quorum).toContainText('4 of 5 voting members present');
  await expect(page.getByLabel('Attendance of Pat Advocate')).toHaveValue('regrets');

  // Minutes with two action items, then circulate.
  await page.getByRole('link', { name: 'Minutes' }).click();
  await page.getByRole('button', { name: 'Start minutes from the agenda' }).click();
  await page.getByLabel('Notes: Worker voices').fill('Four workers spoke about housing and overtime.');
  await page.getByRole('button', { name: 'Save “Worker voices”' }).click();
  const actionForm = page.getByRole('form', { name: 'Add action item' });
  const actionItems = [
    ['Write to ESDC about farm housing', 'Secretariat'],
    ['Book a Tagalog interpreter for March', 'Coordinator'],
  ] as const;
  for (const [what, owner] of actionItems) {
    await actionForm.getByLabel('What').fill(what);
    await actionForm.getByLabel('Owner (if not a member)').fill(owner);
    await actionForm.getByLabel('Due date').fill(daysFromToday(30));
    await actionForm.getByRole('button', { name: 'Add action item' }).click();
    await expect(page.getByRole('rowheader', { name: what })).toBeVisible();
  }
  await expect(page.getByTestId('action-item-row')).toHaveCount(2);
  await page.getByLabel('Circulation date').fill(daysFromToday(-10));
  await page.getByRole('button', { name: 'Circulate minutes' }).click();
  await expect(page.getByTestId('minutes-status')).toContainText('Circulated');

  // A plenary still to come cannot approve them yet: the button says when it can.
  await seedMeeting(app.backend.dispatch, { title: 'Spring plenary', heldOn: daysFromToday(90), startsAt: '10:00', endsAt: '13:00' });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Approve minutes' })).toBeDisabled();
  await expect(page.getByText(/can be approved at “Spring plenary” \(.+\) once it has taken place/)).toBeVisible();

  // The plenary that met since approves them; afterwards editing is refused and an amendment is accepted.
  await seedMeeting(app.backend.dispatch, { title: 'Autumn plenary', heldOn: daysFromToday(-1), startsAt: '10:00', endsAt: '13:00' });
  await page.reload();
  await expect(page.getByLabel('Approved at meeting')).toContainText('Autumn plenary');
  await page.getByRole('button', { name: 'Approve minutes' }).click();
  await expect(page.getByTestId('minutes-status')).toContainText('Approved');
  await expect(page.getByText(/approved and are locked/)).toBeVisible();
  await expect(page.getByLabel('Notes: Worker voices')).toHaveCount(0);

  const minutes = await app.backend.dispatch('minutes.get', { meetingId: 1 });
  const sectionId = minutes.ok ? (minutes.data as { sections: { id: number }[] }).sections[0]?.id : undefined;
  expect(sectionId).toBeGreaterThan(0);
  const edit = await app.backend.dispatch('minutes.section.update', { sectionId, notes: 'Rewritten', decisions: '' });
  expect(edit).toMatchObject({ ok: false, error: { code: 'conflict' } });

  const amendForm = page.getByRole('form', { name: 'Record amendment' });
  await amendForm.getByLabel('Amendment date').fill(daysFromToday(0));
  await amendForm.getByLabel('Section amended').selectOption({ label: 'Worker voices' });
  await amendForm.getByLabel('Reason for the amendment').fill('Speaker count corrected');
  await amendForm.getByLabel('Amendment', { exact: true }).fill('Five workers spoke.');
  await amendForm.getByRole('button', { name: 'Record amendment' }).click();
  await expect(page.getByTestId('amendments')).toContainText('Five workers spoke.');
  await expect(page.getByRole('article', { name: '1. Worker voices' })).toContainText(/Amended .+: Five workers spoke\./);
  await expect(page.getByText('Four workers spoke about housing and overtime.')).toBeVisible();

  // The Interpretation view totals the booking by language and fiscal quarter.
  await openSection(page, 'Interpretation');
  const totals = page.getByTestId('interpretation-totals');
  await expect(totals.getByRole('row', { name: /FY \d{4}-\d{2} Q\d Spanish 1 3 \$256\.50/ })).toBeVisible();

  // The open action items wait on the Dashboard until done.
  await openSection(page, 'Dashboard');
  await expect(page.getByTestId('dashboard-action-items').getByRole('listitem')).toHaveCount(2);
});
