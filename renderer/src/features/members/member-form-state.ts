import type { Member, MemberDraftInput } from '../../../../shared/domain/member';
import type { LanguageCode } from '../../../../shared/domain/languages';
import { todayIsoDate } from '../../../../shared/domain/dates';

/** What the form holds: strings for what inputs hold; memberDraftFromForm maps it for the schema. */
export type MemberFormValues = {
  kind: 'individual' | 'organisation';
  displayName: string;
  alias: string;
  category: MemberDraftInput['category'];
  organisationName: string;
  languages: LanguageCode[];
  /** "" while no preference is chosen. */
  preferredLanguage: LanguageCode | '';
  email: string;
  phone: string;
  mayContact: boolean;
  mayBeNamed: boolean;
  joinedOn: string;
  /** "" while the member is active. */
  leftOn: string;
  notes: string;
};

export function emptyMemberForm(): MemberFormValues {
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

export function memberFormFrom(member: Member): MemberFormValues {
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

/** Empty optional inputs mean "none"; an organisation has no organisation of its own. The schema checks the rest. */
export function memberDraftFromForm(form: MemberFormValues): MemberDraftInput {
  const orNull = (value: string) => (value.trim() === '' ? null : value);
  return {
    kind: form.kind,
    displayName: form.displayName,
    alias: orNull(form.alias),
    category: form.category,
    organisationName: form.kind === 'individual' ? orNull(form.organisationName) : null,
    languages: form.languages,
    preferredLanguage: form.preferredLanguage === '' ? null : form.preferredLanguage,
    email: orNull(form.email),
    phone: orNull(form.phone),
    mayContact: form.mayContact,
    mayBeNamed: form.mayBeNamed,
    joinedOn: form.joinedOn,
    leftOn: orNull(form.leftOn),
    notes: orNull(form.notes),
  };
}
