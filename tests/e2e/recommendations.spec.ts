import { expect, openSection, test } from './fixtures';
import { shownDate, shownDatePattern as day } from '../support/shown-date';

const memberNames = ['Ana Reyes', 'Bao Tran', 'Chris Dhillon', 'Dana Lopez', 'Eli Martin'];

test('a working group drafts a recommendation, the plenary adopts it by show of hands, and the government answers', async ({
  page,
  app,
}) => {
  // The room: five members, a policy working group and a winter plenary with everyone marked present.
  for (const displayName of memberNames) {
    const created = await app.backend.dispatch('members.create', {
      member: {
        kind: 'individual',
        displayName,
        alias: null,
        category: 'union',
        organisationName: null,
        languages: [],
        preferredLanguage: null,
        email: null,
        phone: null,
        mayContact: false,
        mayBeNamed: false,
        joinedOn: '2025-01-01',
        leftOn: null,
        notes: null,
      },
    });
    expect(created.ok).toBe(true);
  }
  const group = await app.backend.dispatch('workingGroups.create', {
    group: { name: 'Policy working group', mandate: null, status: 'active' },
  });
  expect(group.ok).toBe(true);
  const meeting = await app.backend.dispatch('meetings.create', {
    useTemplate: false,
    meeting: {
      kind: 'plenary',
      workingGroupId: null,
      title: 'Winter plenary',
      heldOn: '2026-12-05',
      startsAt: '18:00',
      endsAt: '20:30',
      place: 'Surrey',
      onlineLink: null,
      status: 'planned',
      workerFriendly: true,
      notes: null,
    },
  });
  if (!meeting.ok) throw new Error(meeting.error.message);
  const meetingId = (meeting.data as { meeting: { id: number } }).meeting.id;
  const present = await app.backend.dispatch('meetings.rollCall.markAllPresent', { meetingId });
  expect(present.ok).toBe(true);

  // The working group drafts it.
  await openSection(page, 'Recommendations');
  await page.getByRole('link', { name: 'New recommendation' }).click();
  await page.getByLabel('Drafted by working group').selectOption({ label: 'Policy working group' });
  await page.getByLabel('Title').fill('Open work permits for seasonal workers');
  await page.getByLabel('Recommendation text').fill('Seasonal agricultural workers should receive open work permits.');
  await page.getByLabel('Drafted on').fill('2026-10-15');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Open work permits for seasonal workers' })).toBeVisible();
  await expect(page.getByTestId('recommendation-status')).toHaveText('Draft');

  // It is tabled at the plenary.
  await page.getByLabel('New status').selectOption({ label: 'Tabled' });
  await page.getByLabel('Date').fill('2026-11-20');
  await page.getByLabel('Plenary').selectOption({ label: `Winter plenary (${shownDate('2026-12-05')})` });
  await page.getByRole('button', { name: 'Record status' }).click();
  await expect(page.getByTestId('recommendation-status')).toHaveText('Tabled');

  // The recommendation page points to the plenary where it will be decided.
  await expect(page.getByRole('link', { name: 'Record a vote at Winter plenary (2026-12-05)' })).toBeVisible();

  // From the meeting page, a show of hands adopts it; the outcome shows as the numbers are typed.
  await openSection(page, 'Meetings');
  await page.getByRole('link', { name: 'Winter plenary' }).click();
  await page.getByRole('navigation', { name: 'Meeting sections' }).getByRole('link', { name: 'Votes' }).click();
  await expect(page.getByText('5 of 5 voting members present; quorum 2')).toBeVisible();
  await page.getByLabel('Moved by').selectOption({ label: 'Ana Reyes' });
  await page.getByLabel('Seconded by').selectOption({ label: 'Bao Tran' });
  await page.getByLabel('For', { exact: true }).fill('2');
  await page.getByLabel('Against', { exact: true }).fill('2');
  await expect(page.getByTestId('vote-outcome')).toHaveText('Fails: 2 for, 3 needed of 4 cast');
  await page.getByLabel('For', { exact: true }).fill('4');
  await page.getByLabel('Against', { exact: true }).fill('1');
  await expect(page.getByTestId('vote-outcome')).toHaveText('Carries: 4 for, 3 needed of 5 cast');
  await page.getByLabel('Abstain', { exact: true }).fill('3');
  await expect(page.getByTestId('vote-outcome')).toHaveText(
    'The counts add up to 8 members, but only 5 are present. Check the numbers or the roll call.',
  );
  await page.getByLabel('Abstain', { exact: true }).fill('0');
  await page.getByLabel('Abstain', { exact: true }).press('Enter');
  await expect(page.getByText('Vote recorded: Carried.')).toBeVisible();
  await expect(page.getByTestId('vote-summary')).toContainText('Recommendation “Open work permits for seasonal workers”: Carried');
  await expect(page.getByTestId('vote-summary')).toContainText('Moved by Ana Reyes, seconded by Bao Tran');

  // The minutes show the result without anyone retyping it.
  await page.getByRole('navigation', { name: 'Meeting sections' }).getByRole('link', { name: 'Minutes' }).click();
  await page.getByRole('button', { name: 'Start minutes from the agenda' }).click();
  const inMinutes = page.getByTestId('minutes-votes');
  await expect(inMinutes).toContainText('Recommendation “Open work permits for seasonal workers”: Carried');
  await expect(inMinutes).toContainText(
    'Show of hands, Simple majority of votes cast. For 4, against 1, abstaining 0. 5 of 5 present.',
  );

  // Back on the recommendation: adopted, then sent to government and the response recorded.
  await openSection(page, 'Recommendations');
  await page.getByRole('link', { name: 'Open work permits for seasonal workers' }).click();
  await expect(page.getByTestId('recommendation-status')).toHaveText('Adopted');
  await page.getByLabel('Sent to').fill('Immigration, Refugees and Citizenship Canada');
  await page.getByLabel('Recipient').selectOption({ label: 'Government body' });
  await page.getByLabel('Sent on').fill('2026-12-10');
  await page.getByRole('button', { name: 'Record sending' }).click();
  await expect(page.getByTestId('follow-up')).toContainText('Awaiting a response');
  await page.getByText('Record the response').click();
  await page.getByLabel('Response received').fill('Under review; a pilot is planned for 2027.');
  await page.getByLabel('Response date').fill('2027-01-20');
  await page.getByRole('button', { name: 'Save response' }).click();
  await expect(page.getByTestId('follow-up')).toContainText(`${shownDate('2027-01-20')}: Under review; a pilot is planned for 2027.`);

  // The whole trail, from draft to the government's response.
  const trail = page.getByTestId('recommendation-trail').getByRole('listitem');
  await expect(trail).toHaveText([
    new RegExp(`${day('2026-10-15')} Drafted`),
    new RegExp(`${day('2026-11-20')} Draft → Tabled at Winter plenary \\(2026-12-05\\)`),
    new RegExp(`${day('2026-12-05')} Tabled → Adopted at Winter plenary \\(2026-12-05\\), by vote`),
    new RegExp(`${day('2026-12-10')} Sent to Immigration, Refugees and Citizenship Canada`),
    new RegExp(`${day('2027-01-20')} Response from Immigration, Refugees and Citizenship Canada`),
  ]);

  // And the ledger agrees.
  const stored = await app.backend.ledger.db
    .selectFrom('recommendations')
    .select(['status', 'implementation_status'])
    .execute();
  expect(stored).toEqual([{ status: 'adopted', implementation_status: 'not_started' }]);
});
