import type { Dispatch } from '../../../electron/handlers/dispatch';
import type { MemberDraftInput } from '../../../shared/domain/member';
import type { MeetingDraftInput } from '../../../shared/domain/meeting';

export function memberInput(overrides: Partial<MemberDraftInput>): MemberDraftInput {
  return {
    kind: 'individual',
    displayName: 'Someone',
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
    ...overrides,
  };
}

export function meetingInput(overrides: Partial<MeetingDraftInput> = {}): MeetingDraftInput {
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

/** Unwraps a dispatch result, failing the test with the app's own message if it was refused. */
export async function ok<T = unknown>(dispatch: Dispatch, operation: string, input: unknown): Promise<T> {
  const result = await dispatch(operation, input);
  if (!result.ok) throw new Error(`${operation} refused: ${result.error.code} ${result.error.message}`);
  return result.data as T;
}

export async function addMember(dispatch: Dispatch, overrides: Partial<MemberDraftInput>): Promise<number> {
  const member = await ok<{ id: number }>(dispatch, 'members.create', { member: memberInput(overrides) });
  return member.id;
}
