import type { AgreementDraftInput } from '../../../../shared/domain/funding/agreement';
import type { AgreementDetail } from '../../../../shared/domain/funding/agreement-views';
import type { FundingStream, PartyRole } from '../../../../shared/domain/funding/codes';
import type { FieldReason } from '../../../../shared/validation';
import { centsForInput, centsFromInput } from '../../forms/money-input';
import { centsOf } from './money-text';
import { numberFromInput } from '../../forms/number-input';

/** Field names are the draft's, so refusals land under them; the amount and the choices are typed as text. */
export type AgreementFormValues = {
  title: string;
  stream: FundingStream;
  purpose: string;
  approvedCents: string;
  startsOn: string;
  endsOn: string;
  workingGroupId: string;
  recommendationId: string;
  parties: Array<{ organisationId: string; role: PartyRole }>;
  notes: string;
};

export function emptyAgreementForm(): AgreementFormValues {
  return {
    title: '',
    stream: 'community_action',
    purpose: '',
    approvedCents: '',
    startsOn: '',
    endsOn: '',
    workingGroupId: '',
    recommendationId: '',
    parties: [
      { organisationId: '', role: 'lead' },
      { organisationId: '', role: 'partner' },
    ],
    notes: '',
  };
}

export function agreementFormFrom(agreement: AgreementDetail, language: string): AgreementFormValues {
  return {
    title: agreement.title,
    stream: agreement.stream,
    purpose: agreement.purpose,
    approvedCents: centsForInput(agreement.originalApprovedCents, language),
    startsOn: agreement.startsOn,
    endsOn: agreement.endsOn,
    workingGroupId: agreement.workingGroup ? String(agreement.workingGroup.id) : '',
    recommendationId: agreement.recommendation ? String(agreement.recommendation.id) : '',
    parties: agreement.parties.map((party) => ({ organisationId: String(party.organisationId), role: party.role })),
    notes: agreement.notes ?? '',
  };
}

export function unreadableAgreementInputs(values: AgreementFormValues, language: string): Partial<Record<keyof AgreementFormValues, FieldReason>> {
  return centsFromInput(values.approvedCents, language) === undefined ? { approvedCents: 'amount' } : {};
}

const idOrNull = (text: string) => (text === '' ? null : Number(text));

/** An organisation not yet chosen reads as missing, which the schema reports as required under its row. */
export function agreementDraftFromForm(values: AgreementFormValues, language: string): AgreementDraftInput {
  return {
    title: values.title,
    stream: values.stream,
    purpose: values.purpose,
    approvedCents: centsOf(values.approvedCents, language),
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    workingGroupId: idOrNull(values.workingGroupId),
    recommendationId: idOrNull(values.recommendationId),
    parties: values.parties.map((party) => ({ organisationId: numberFromInput(party.organisationId), role: party.role })),
    notes: values.notes.trim() === '' ? null : values.notes,
  };
}
