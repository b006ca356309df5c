import type { MemberDraftInput } from '../../shared/domain/member';

/** A valid member draft; tests override only what they are about. */
export function memberDraft(overrides: Partial<MemberDraftInput> = {}): MemberDraftInput {
  return {
    kind: 'individual',
    displayName: 'María José Núñez',
    alias: 'Worker M',
    category: 'current_migrant_worker',
    organisationName: null,
    languages: ['es', 'en'],
    preferredLanguage: 'es',
    email: 'maria@example.org',
    phone: '+1 604 555 0101',
    mayContact: true,
    mayBeNamed: false,
    joinedOn: '2024-05-01',
    leftOn: null,
    notes: null,
    ...overrides,
  };
}
