import { insertMembers } from '../../../electron/ledger/members/member-repository';
import { insertMeeting } from '../../../electron/ledger/meetings/meeting-repository';
import { setPresence } from '../../../electron/ledger/meetings/attendance-repository';
import type { Ledger } from '../../../electron/ledger/ledger';
import { memberDraftSchema } from '../../../shared/domain/member';
import { meetingDraftSchema, type MeetingDraftInput } from '../../../shared/domain/meeting';
import type { RecommendationDraftInput } from '../../../shared/domain/recommendation';
import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';

const at = '2026-11-25T09:00:00.000Z';

export function recommendationInput(overrides: Partial<RecommendationDraftInput> = {}): RecommendationDraftInput {
  return {
    kind: 'policy',
    title: 'Open work permits for seasonal workers',
    text: 'The Network recommends that seasonal agricultural workers receive open work permits.',
    rationale: 'Employer-tied permits leave workers unable to report abuse.',
    workingGroupId: null,
    workingGroupName: 'Policy working group',
    draftedOn: '2026-10-15',
    ...overrides,
  };
}

export async function addMeeting(ledger: Ledger, overrides: Partial<MeetingDraftInput> = {}): Promise<number> {
  const draft = meetingDraftSchema.parse({
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
    ...overrides,
  });
  return insertMeeting(ledger.db, draft, at);
}

/** Members joined before every test meeting, in the categories given, in order. */
export async function addMembers(ledger: Ledger, categories: readonly StakeholderCategory[]): Promise<number[]> {
  const drafts = categories.map((category, index) =>
    memberDraftSchema.parse({
      kind: 'individual',
      displayName: `Member ${index + 1}`,
      alias: category.endsWith('migrant_worker') ? `Worker ${index + 1}` : null,
      category,
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
    }),
  );
  return insertMembers(ledger.db, drafts, at);
}

export async function markPresent(ledger: Ledger, meetingId: number, memberIds: readonly number[]): Promise<void> {
  for (const memberId of memberIds) await setPresence(ledger.db, meetingId, memberId, 'in_person', at);
}

export async function addWorkingGroup(
  dispatch: (operation: string, input: unknown) => Promise<{ ok: boolean; data?: unknown }>,
  name: string,
): Promise<number> {
  const result = await dispatch('workingGroups.create', { group: { name, mandate: null, status: 'active' } });
  if (!result.ok) throw new Error(`could not create working group ${name}`);
  return (result.data as { id: number }).id;
}
