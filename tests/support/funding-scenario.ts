import type { Dispatch } from '../../electron/handlers/dispatch';
import type { AgreementStatus, FundingStream, PartyRole } from '../../shared/domain/funding/codes';
import type { OrganisationSize } from '../../shared/domain/organisation-size';
import type { ProvinceCode } from '../../shared/domain/provinces';
import type { StakeholderCategory } from '../../shared/domain/stakeholder-categories';
import { agreementDraft, callOk, seedOrganisation } from './seed';

/**
 * A funding program written as plain data, seeded through the contract: tests compute what the
 * report should say from this data in their own code, and compare with what the app printed.
 */
export interface ScenarioOrganisation {
  key: string;
  sector: StakeholderCategory | null;
  size: OrganisationSize | null;
  /** British Columbia unless said. */
  province?: ProvinceCode;
}

export interface ScenarioAgreement {
  stream: FundingStream;
  status: AgreementStatus;
  startsOn: string;
  endsOn: string;
  approvedCents: number;
  amendments?: Array<{ on: string; cents: number }>;
  parties: Array<[organisation: string, role: PartyRole]>;
  claims?: Array<{ receivedOn: string; from: string; to: string; cents: number }>;
  payments?: Array<{ on: string; cents: number }>;
  reports?: Array<{ kind: 'interim_report' | 'final_report'; dueOn: string; receivedOn: string | null }>;
}

export interface FundingScenario {
  organisations: ScenarioOrganisation[];
  agreements: ScenarioAgreement[];
}

/** Seeds the scenario: a closed or cancelled agreement gets its money while active, then its status. */
export async function seedFundingScenario(dispatch: Dispatch, scenario: FundingScenario): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const organisation of scenario.organisations) {
    const created = await seedOrganisation(dispatch, {
      name: `Organisation ${organisation.key}`,
      sector: organisation.sector,
      size: organisation.size,
      province: organisation.province ?? 'BC',
    });
    ids.set(organisation.key, created.id);
  }
  for (const [index, plan] of scenario.agreements.entries()) {
    const { id } = await callOk(dispatch, 'funding.agreements.create', {
      agreement: agreementDraft(
        plan.parties.map(([key]) => ids.get(key)!),
        { title: `Agreement ${index + 1}`, stream: plan.stream, startsOn: plan.startsOn, endsOn: plan.endsOn, approvedCents: plan.approvedCents },
        plan.parties.map(([, role]) => role),
      ),
      status: plan.status === 'closed' || plan.status === 'cancelled' ? 'active' : plan.status,
    });
    for (const amendment of plan.amendments ?? []) {
      await callOk(dispatch, 'funding.amendments.add', { agreementId: id, amendment: { amendedOn: amendment.on, newAmountCents: amendment.cents, reason: 'More workshops' } });
    }
    for (const claim of plan.claims ?? []) {
      await callOk(dispatch, 'funding.claims.add', {
        agreementId: id,
        claim: { receivedOn: claim.receivedOn, periodFrom: claim.from, periodTo: claim.to, amountCents: claim.cents, note: null },
      });
    }
    for (const payment of plan.payments ?? []) {
      await callOk(dispatch, 'funding.payments.add', { agreementId: id, payment: { paidOn: payment.on, amountCents: payment.cents, claimId: null, note: null } });
    }
    for (const report of plan.reports ?? []) {
      await callOk(dispatch, 'funding.deliverables.add', { agreementId: id, deliverable: { ...report, description: null, note: null } });
    }
    if (plan.status === 'closed' || plan.status === 'cancelled') await callOk(dispatch, 'funding.agreements.setStatus', { id, status: plan.status });
  }
  return ids;
}
