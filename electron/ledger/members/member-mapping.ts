import type { Member, MemberDraft, MemberSummary } from '../../../shared/domain/member';
import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import type { LanguageCode } from '../../../shared/domain/languages';
import type { MemberRow, NewMemberRow } from './members-table';
import type { ProvinceCode } from '../../../shared/domain/provinces';

export type MemberRowWithOrganisation = MemberRow & { organisation_name: string | null };

export function memberFromRow(row: MemberRowWithOrganisation, languages: string[]): Member {
  return {
    id: row.id,
    kind: row.kind,
    displayName: row.display_name,
    alias: row.alias,
    category: row.category as StakeholderCategory,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    languages: languages as LanguageCode[],
    preferredLanguage: row.preferred_language as LanguageCode | null,
    email: row.email,
    phone: row.phone,
    mayContact: row.may_contact === 1,
    mayBeNamed: row.may_be_named === 1,
    joinedOn: row.joined_on,
    leftOn: row.left_on,
    active: row.left_on === null,
    notes: row.notes,
    province: row.province as ProvinceCode,
    withdrawnAt: row.withdrawn_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.row_version,
  };
}

export type MemberSummaryRow = Pick<
  MemberRowWithOrganisation,
  | 'id'
  | 'kind'
  | 'display_name'
  | 'alias'
  | 'category'
  | 'email'
  | 'joined_on'
  | 'left_on'
  | 'withdrawn_at'
  | 'province'
  | 'organisation_name'
>;

export function summaryFromRow(row: MemberSummaryRow, languages: string[]): MemberSummary {
  return {
    id: row.id,
    kind: row.kind,
    displayName: row.display_name,
    alias: row.alias,
    category: row.category as StakeholderCategory,
    organisationName: row.organisation_name,
    languages: languages as LanguageCode[],
    email: row.email,
    active: row.left_on === null,
    joinedOn: row.joined_on,
    withdrawnAt: row.withdrawn_at,
    province: row.province as ProvinceCode,
  };
}

export function rowFromDraft(
  draft: MemberDraft,
  organisationId: number | null,
): Omit<NewMemberRow, 'created_at' | 'updated_at'> {
  return {
    kind: draft.kind,
    display_name: draft.displayName,
    alias: draft.alias,
    category: draft.category,
    organisation_id: organisationId,
    preferred_language: draft.preferredLanguage,
    email: draft.email,
    phone: draft.phone,
    may_contact: draft.mayContact ? 1 : 0,
    may_be_named: draft.mayBeNamed ? 1 : 0,
    joined_on: draft.joinedOn,
    left_on: draft.leftOn,
    notes: draft.notes,
    province: draft.province,
  };
}
