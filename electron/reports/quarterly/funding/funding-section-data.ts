import { committedStatuses } from '../../../../shared/domain/funding/agreement';
import { fundingStreams, type AgreementStatus, type FundingStream, type PartyRole } from '../../../../shared/domain/funding/codes';
import type { DeliverableKind } from '../../../../shared/domain/funding/entries';
import { approvedOn, sumCents, type Amendment } from '../../../../shared/domain/funding/money';
import { partnershipPairs } from '../../../../shared/domain/funding/partnerships';
import { isMigrantWorkerOrganisation } from '../../../../shared/domain/migrant-worker-organisation';
import { pairsSmallerWithLarger, type OrganisationSize } from '../../../../shared/domain/organisation-size';
import type { StakeholderCategory } from '../../../../shared/domain/stakeholder-categories';

/** One agreement as the funding section reads it (funding-section-query.ts, or written by hand in tests). */
export interface FundingFacts {
  readonly id: number;
  readonly stream: FundingStream;
  readonly status: AgreementStatus;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly originalApprovedCents: number;
  readonly amendments: readonly Amendment[];
  readonly parties: ReadonlyArray<{
    organisationId: number;
    role: PartyRole;
    sector: StakeholderCategory | null;
    size: OrganisationSize | null;
    /** The organisation's province or territory. */
    province: string;
  }>;
  readonly claims: ReadonlyArray<{ receivedOn: string; amountCents: number }>;
  readonly payments: ReadonlyArray<{ paidOn: string; amountCents: number }>;
  readonly deliverables: ReadonlyArray<{ kind: DeliverableKind; dueOn: string; receivedOn: string | null }>;
}

export const reportKinds = ['interim_report', 'final_report'] as const satisfies readonly DeliverableKind[];

export interface StreamFigures {
  readonly stream: FundingStream;
  readonly agreements: number;
  /** The amounts approved as they stood on the quarter's last day. */
  readonly approvedCents: number;
  readonly claimedCents: number;
  readonly paidCents: number;
  readonly claimedToDateCents: number;
  readonly paidToDateCents: number;
  /** Distinct migrant-worker organisations named on the stream's agreements: a count the disclosure audit protects. */
  readonly workerOrganisations: number;
}

/** What the quarterly report's funding section says, before suppression: true figures only. */
export interface FundingSection {
  readonly byStream: readonly StreamFigures[];
  /** Each organisation once, whatever the number of streams it works in: not the sum of the streams. */
  readonly workerOrganisations: number;
  /** Distinct pairs of organisations on a common agreement, one of them smaller than the other. */
  readonly smallerLargerPartnerships: number;
  readonly reports: ReadonlyArray<{ kind: (typeof reportKinds)[number]; due: number; received: number; overdue: number }>;
}

const within = (isoDate: string | null, range: { startsOn: string; endsOn: string }) =>
  isoDate !== null && isoDate >= range.startsOn && isoDate <= range.endsOn;

/**
 * The agreements the section describes for a quarter: funded (approved, active or closed; a
 * cancelled one only if it paid something, since that money went out) and running at some time in
 * the quarter. Proposals are not funded yet.
 */
export function fundedInQuarter(agreement: FundingFacts, range: { startsOn: string; endsOn: string }): boolean {
  const funded = committedStatuses.includes(agreement.status) || (agreement.status === 'cancelled' && agreement.payments.length > 0);
  return funded && agreement.startsOn <= range.endsOn && agreement.endsOn >= range.startsOn;
}

/** Distinct migrant-worker organisations on the agreements (of one province when given). */
function workerOrganisationsOf(agreements: readonly FundingFacts[], province: string | null): number {
  const counted = agreements.flatMap((agreement) =>
    agreement.parties
      .filter((party) => isMigrantWorkerOrganisation(party.sector) && (province === null || party.province === province))
      .map((party) => party.organisationId),
  );
  return new Set(counted).size;
}

const involves = (agreement: FundingFacts, province: string | null) =>
  province === null || agreement.parties.some((party) => party.province === province);

/**
 * The section of the national report (province null), or of one province's: the agreements with at
 * least one organisation of the province (an agreement across provinces is in each of their
 * reports, its money as it is), whose migrant-worker organisations of the province are counted, and
 * whose pairs with at least one organisation of the province. Each organisation has one province,
 * so the national count of worker organisations is the sum of the provincial ones; a pair across
 * two provinces is in both (definitional-relations.ts).
 */
export function fundingSection(
  all: readonly FundingFacts[],
  range: { startsOn: string; endsOn: string },
  province: string | null = null,
): FundingSection {
  const scoped = all.filter((agreement) => involves(agreement, province));
  const funded = scoped.filter((agreement) => fundedInQuarter(agreement, range));
  const byStream = fundingStreams.map((stream): StreamFigures => {
    const agreements = funded.filter((agreement) => agreement.stream === stream);
    const claims = agreements.flatMap((agreement) => agreement.claims);
    const payments = agreements.flatMap((agreement) => agreement.payments);
    return {
      stream,
      agreements: agreements.length,
      approvedCents: agreements.reduce((sum, agreement) => sum + approvedOn(agreement.originalApprovedCents, agreement.amendments, range.endsOn), 0),
      claimedCents: sumCents(claims.filter((claim) => within(claim.receivedOn, range))),
      paidCents: sumCents(payments.filter((payment) => within(payment.paidOn, range))),
      claimedToDateCents: sumCents(claims.filter((claim) => claim.receivedOn <= range.endsOn)),
      paidToDateCents: sumCents(payments.filter((payment) => payment.paidOn <= range.endsOn)),
      workerOrganisations: workerOrganisationsOf(agreements, province),
    };
  });
  const sizes = new Map(funded.flatMap((agreement) => agreement.parties.map((party) => [party.organisationId, party.size] as const)));
  const provinces = new Map(funded.flatMap((agreement) => agreement.parties.map((party) => [party.organisationId, party.province] as const)));
  const pairs = partnershipPairs(funded.map((agreement) => ({ agreementId: agreement.id, parties: agreement.parties }))).filter(
    (pair) => province === null || provinces.get(pair.first) === province || provinces.get(pair.second) === province,
  );
  // Reports are owed by every approved, active or closed agreement, whether or not it ran in the quarter.
  const owing = scoped.filter((agreement) => committedStatuses.includes(agreement.status)).flatMap((agreement) => agreement.deliverables);
  return {
    byStream,
    workerOrganisations: workerOrganisationsOf(funded, province),
    smallerLargerPartnerships: pairs.filter((pair) => pairsSmallerWithLarger(sizes.get(pair.first) ?? null, sizes.get(pair.second) ?? null)).length,
    reports: reportKinds.map((kind) => {
      const reports = owing.filter((report) => report.kind === kind);
      return {
        kind,
        due: reports.filter((report) => within(report.dueOn, range)).length,
        received: reports.filter((report) => within(report.receivedOn, range)).length,
        overdue: reports.filter((report) => report.dueOn <= range.endsOn && (report.receivedOn === null || report.receivedOn > range.endsOn)).length,
      };
    }),
  };
}
