import type { MeetingDraftInput } from '../../shared/domain/meeting';

/** A valid plenary draft; tests override only what they are about. */
export function meetingDraft(overrides: Partial<MeetingDraftInput> = {}): MeetingDraftInput {
  return {
    kind: 'plenary',
    workingGroupId: null,
    title: 'Winter plenary',
    heldOn: '2026-12-05',
    startsAt: '18:00',
    endsAt: '21:00',
    place: 'Surrey community hall',
    onlineLink: null,
    status: 'planned',
    workerFriendly: true,
    notes: null,
    ...overrides,
  };
}
