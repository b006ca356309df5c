import type { Generated, Selectable } from 'kysely';
import type { AgreementStatus, FundingStream, PartyRole } from '../../../shared/domain/funding/codes';
import type { DeliverableKind } from '../../../shared/domain/funding/entries';

export interface FundingAgreementsTable {
  id: Generated<number>;
  title: string;
  stream: FundingStream;
  purpose: string;
  /** The amount first approved; funding_amendments replace it from their date on. */
  approved_cents: number;
  starts_on: string;
  ends_on: string;
  status: AgreementStatus;
  working_group_id: number | null;
  recommendation_id: number | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface FundingAgreementOrganisationsTable {
  agreement_id: number;
  organisation_id: number;
  role: PartyRole;
  /** The order the coordinator listed them in. */
  position: number;
}

export interface FundingAmendmentsTable {
  id: Generated<number>;
  agreement_id: number;
  amended_on: string;
  new_amount_cents: number;
  reason: string;
  created_at: string;
}

export interface FundingInstalmentsTable {
  id: Generated<number>;
  agreement_id: number;
  due_on: string;
  amount_cents: number;
  note: string | null;
  created_at: string;
  updated_at: string;
}

export interface FundingClaimsTable {
  id: Generated<number>;
  agreement_id: number;
  received_on: string;
  period_from: string;
  period_to: string;
  amount_cents: number;
  note: string | null;
  created_at: string;
  updated_at: string;
}

export interface FundingPaymentsTable {
  id: Generated<number>;
  agreement_id: number;
  paid_on: string;
  amount_cents: number;
  claim_id: number | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}

export interface FundingDeliverablesTable {
  id: Generated<number>;
  agreement_id: number;
  kind: DeliverableKind;
  description: string | null;
  due_on: string;
  received_on: string | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}

export type AgreementRow = Selectable<FundingAgreementsTable>;
