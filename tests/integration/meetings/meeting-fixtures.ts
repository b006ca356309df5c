import type { Dispatch } from '../../../electron/handlers/dispatch';
import type { MemberDraftInput } from '../../../shared/domain/member';
import { meetingDraft, memberDraft } from '../../support/seed';

/** A member with none of the optional details: these tests add only what they are about. */
export function memberInput(overrides: Partial<MemberDraftInput>): MemberDraftInput {
  return memberDraft({
    displayName: 'Someone',
    alias: null,
    category: 'union',
    languages: [],
    preferredLanguage: null,
    email: null,
    phone: null,
    mayContact: false,
    joinedOn: '2025-01-01',
    ...overrides,
  });
}

export const meetingInput = meetingDraft;

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
