import type { Member, MemberDraftInput } from '../../../../shared/domain/member';
import { todayIsoDate } from '../../../../shared/domain/dates';

/** What the form holds: strings for text inputs; turned into a draft only on save. */
export type MemberFormState = {
  kind: 'individual' | 'organisation';
  displayName: string;
  alias: string;
  category: MemberDraftInput['category'];
  organisationName: string;
  languages: MemberDraftInput['languages'];
  preferredLanguage: string;
  email: string;
  phone: string;
  mayContact: boolean;
  mayBeNamed: boolean;
  joinedOn: string;
  leftOn: string;
  notes: string;
};

export function emptyMemberForm(): MemberFormState {
  return {
    kind: 'individual',
    displayName: '',
    alias: '',
    category: 'current_migrant_worker',
    organisationName: '',
    languages: [],
    preferredLanguage: '',
    email: '',
    phone: '',
    mayContact: true,
    mayBeNamed: false,
    joinedOn: todayIsoDate(),
    leftOn: '',
    notes: '',
  };
}

export function formFromMember(member: Member): MemberFormState {
  return {
    kind: member.kind,
    displayName: member.displayName,
    alias: member.alias ?? '',
    category: member.category,
    organisationName: member.organisationName ?? '',
    languages: member.languages,
    preferredLanguage: member.preferredLanguage ?? '',
    email: member.email ?? '',
    phone: member.phone ?? '',
    mayContact: member.mayContact,
    mayBeNamed: member.mayBeNamed,
    joinedOn: member.joinedOn,
    leftOn: member.leftOn ?? '',
    notes: member.notes ?? '',
  };
}

/** Empty optional fields become null; the main process validates everything else. */
export function draftFromForm(form: MemberFormState): MemberDraftInput {
  const orNull = (value: string) => (value.trim() === '' ? null : value);
  return {
    kind: form.kind,
    displayName: form.displayName,
    alias: orNull(form.alias),
    category: form.category,
    organisationName: form.kind === 'individual' ? orNull(form.organisationName) : null,
    languages: form.languages,
    preferredLanguage: (orNull(form.preferredLanguage) as MemberDraftInput['preferredLanguage']) ?? null,
    email: orNull(form.email),
    phone: orNull(form.phone),
    mayContact: form.mayContact,
    mayBeNamed: form.mayBeNamed,
    joinedOn: form.joinedOn,
    leftOn: orNull(form.leftOn),
    notes: orNull(form.notes),
  };
}
