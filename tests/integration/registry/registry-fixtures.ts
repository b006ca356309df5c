import type { MemberDraftInput } from '../../../shared/domain/member';
import type { Dispatch } from '../../../electron/handlers/dispatch';

export function memberDraft(overrides: Partial<MemberDraftInput> = {}): MemberDraftInput {
  return {
    kind: 'individual',
    displayName: 'Test Member',
    alias: 'Sandpiper',
    category: 'current_migrant_worker',
    organisationName: null,
    languages: ['es'],
    preferredLanguage: 'es',
    email: null,
    phone: null,
    mayContact: true,
    mayBeNamed: false,
    joinedOn: '2025-03-01',
    leftOn: null,
    notes: null,
    ...overrides,
  };
}

/** Calls an operation and returns its data, failing the test with the error if it did not succeed. */
export async function ok<T = unknown>(dispatch: Dispatch, operation: string, input: unknown): Promise<T> {
  const envelope = await dispatch(operation, input);
  if (!envelope.ok) throw new Error(`${operation} failed: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.data as T;
}

export async function addMember(dispatch: Dispatch, overrides: Partial<MemberDraftInput> = {}): Promise<number> {
  const member = await ok<{ id: number }>(dispatch, 'members.create', { member: memberDraft(overrides) });
  return member.id;
}

/** The editable fields of a member as members.get returns it, ready to send back to members.update. */
export function draftOf(member: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, organisationId: _org, active: _active, createdAt: _created, updatedAt: _updated, withdrawnAt: _withdrawn, ...draft } = member;
  return draft;
}
