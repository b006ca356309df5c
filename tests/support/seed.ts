import type { Dispatch } from '../../electron/handlers/dispatch';
import type { OperationOutput } from '../../shared/contract';
import type { MeetingDraftInput } from '../../shared/domain/meeting';
import type { MemberDraftInput } from '../../shared/domain/member';
import type { OrganisationDraftInput } from '../../shared/domain/organisation';
import type { AgreementDraftInput } from '../../shared/domain/funding/agreement';
import type { AgreementStatus, PartyRole } from '../../shared/domain/funding/codes';
import type { RecommendationDraftInput } from '../../shared/domain/recommendation';
import type { BookingDraftInput } from '../../shared/domain/interpretation';
import { callOk } from './call-operation';
import { memberDraft } from './member-drafts';

/**
 * The one way tests put records in a ledger, through the contract (so every rule applies), for
 * integration tests and e2e alike: typed drafts with defaults, and seeders returning what was saved.
 */
export { callOk, memberDraft };

export function meetingDraft(overrides: Partial<MeetingDraftInput> = {}): MeetingDraftInput {
  return {
    kind: 'plenary',
    workingGroupId: null,
    title: 'Winter plenary',
    heldOn: '2026-12-05',
    startsAt: '18:00',
    endsAt: '21:00',
    place: 'Surrey community hall',
    onlineLink: null,
    status: 'planned',
    workerFriendly: true,
    notes: null,
    ...overrides,
  };
}

export function seedMember(dispatch: Dispatch, overrides: Partial<MemberDraftInput> = {}): Promise<OperationOutput<'members.create'>> {
  return callOk(dispatch, 'members.create', { member: memberDraft(overrides) });
}

export function seedMeeting(
  dispatch: Dispatch,
  overrides: Partial<MeetingDraftInput> = {},
  options: { useTemplate?: boolean } = {},
): Promise<OperationOutput<'meetings.create'>> {
  return callOk(dispatch, 'meetings.create', { meeting: meetingDraft(overrides), useTemplate: options.useTemplate ?? true });
}

/** Adds each member to the roll call (if not expected) and marks them present in person. */
export async function markPresent(dispatch: Dispatch, meetingId: number, memberIds: readonly number[]): Promise<void> {
  for (const memberId of memberIds) {
    await callOk(dispatch, 'meetings.rollCall.add', { meetingId, memberId });
    await callOk(dispatch, 'meetings.rollCall.mark', { meetingId, memberId, presence: 'in_person' });
  }
}

/** A date relative to today, as YYYY-MM-DD in the machine's time zone (what the ledger compares with). */
export function daysFromToday(days: number, today: Date = new Date()): string {
  const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function recommendationDraft(overrides: Partial<RecommendationDraftInput> = {}): RecommendationDraftInput {
  return {
    kind: 'policy',
    title: 'Open work permits for seasonal workers',
    text: 'Seasonal agricultural workers should receive open work permits.',
    rationale: null,
    workingGroupId: null,
    workingGroupName: 'Immigration working group',
    draftedOn: '2026-10-15',
    ...overrides,
  };
}

/** A recommendation tabled at a plenary, ready to be voted on there. */
export async function seedTabledRecommendation(
  dispatch: Dispatch,
  meetingId: number,
  overrides: Partial<RecommendationDraftInput> = {},
): Promise<OperationOutput<'recommendations.changeStatus'>> {
  const created = await callOk(dispatch, 'recommendations.create', { recommendation: recommendationDraft(overrides) });
  return callOk(dispatch, 'recommendations.changeStatus', {
    id: created.recommendation.id,
    change: { to: 'tabled', on: created.recommendation.draftedOn, meetingId },
  });
}

export function bookingDraft(overrides: Partial<BookingDraftInput> = {}): BookingDraftInput {
  return {
    languageCode: 'es',
    mode: 'simultaneous',
    provider: 'Coastal Interpreting Co-op',
    contact: null,
    bookedMinutes: 180,
    actualMinutes: null,
    hourlyRateCents: 8_500,
    minimumChargeCents: 0,
    travelCents: 0,
    cancellationFeeCents: 0,
    status: 'confirmed',
    notes: null,
    ...overrides,
  };
}

export function organisationDraft(overrides: Partial<OrganisationDraftInput> = {}): OrganisationDraftInput {
  return { name: 'Fraser Valley Settlement Services', sector: 'settlement_agency', cityOrRegion: 'Abbotsford', website: null, size: 'large', ...overrides };
}

export function seedOrganisation(dispatch: Dispatch, overrides: Partial<OrganisationDraftInput> = {}): Promise<OperationOutput<'organisations.create'>> {
  return callOk(dispatch, 'organisations.create', { organisation: organisationDraft(overrides) });
}

/** An agreement led by the first organisation, the others as partners unless roles are given. */
export function agreementDraft(
  organisationIds: readonly number[],
  overrides: Partial<AgreementDraftInput> = {},
  roles: readonly PartyRole[] = [],
): AgreementDraftInput {
  return {
    title: 'Harvest season outreach',
    stream: 'community_action',
    purpose: 'Workshops on workers’ rights in the Fraser Valley during the harvest.',
    approvedCents: 5_000_000,
    startsOn: '2026-04-01',
    endsOn: '2027-09-30',
    workingGroupId: null,
    recommendationId: null,
    parties: organisationIds.map((organisationId, index) => ({ organisationId, role: roles[index] ?? (index === 0 ? 'lead' : 'partner') })),
    notes: null,
    ...overrides,
  };
}

/** An agreement, active unless another status is given. */
export function seedAgreement(
  dispatch: Dispatch,
  organisationIds: readonly number[],
  overrides: Partial<AgreementDraftInput> = {},
  options: { status?: AgreementStatus; roles?: readonly PartyRole[] } = {},
): Promise<OperationOutput<'funding.agreements.create'>> {
  return callOk(dispatch, 'funding.agreements.create', {
    agreement: agreementDraft(organisationIds, overrides, options.roles),
    status: options.status ?? 'active',
  });
}
