import type { Member, MemberDraft } from '../../shared/domain/member';
import type { ImportedRow } from './row-to-draft';

export function draftFromMember(member: Member): MemberDraft {
  const {
    kind,
    displayName,
    alias,
    category,
    organisationName,
    languages,
    preferredLanguage,
    email,
    phone,
    mayContact,
    mayBeNamed,
    joinedOn,
    leftOn,
    notes,
    province,
  } = member;
  return {
    kind,
    displayName,
    alias,
    category,
    organisationName,
    languages,
    preferredLanguage,
    email,
    phone,
    mayContact,
    mayBeNamed,
    joinedOn,
    leftOn,
    notes,
    province,
  };
}

/**
 * What "update" means for a duplicate: the row's non-empty cells replace the member's values and
 * everything the file does not say is kept, so a sheet without a Phone column erases no phone.
 */
export function overlayDraft(base: MemberDraft, row: ImportedRow): MemberDraft {
  const next: Record<string, unknown> = { ...base };
  for (const field of row.present) next[field] = row.draft[field];
  const merged = next as MemberDraft;
  const preferred = merged.preferredLanguage;
  if (preferred && !merged.languages.includes(preferred)) {
    if (row.present.includes('preferredLanguage')) merged.languages = [...merged.languages, preferred];
    else merged.preferredLanguage = null;
  }
  return merged;
}
