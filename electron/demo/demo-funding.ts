import type { Transaction } from 'kysely';
import { todayIsoDate } from '../../shared/domain/dates';
import { agreementDraftSchema, type PartyDraft } from '../../shared/domain/funding/agreement';
import type { AgreementStatus, FundingStream, PartyRole } from '../../shared/domain/funding/codes';
import {
  amendmentDraftSchema,
  claimDraftSchema,
  deliverableDraftSchema,
  instalmentDraftSchema,
  paymentDraftSchema,
} from '../../shared/domain/funding/entries';
import type { OrganisationSize } from '../../shared/domain/organisation-size';
import type { AuditTrail } from '../ledger/audit/audit-log';
import type { Database } from '../ledger/database';
import { createAgreementIn } from '../ledger/funding/agreement-service';
import { addEntryIn, amendments, claims, deliverables, instalments, payments } from '../ledger/funding/entry-service';
import { daysAfter } from '../ledger/funding/due-deliverables';
import { findOrCreateOrganisation } from '../ledger/members/organisation-repository';
import { organisationsByCategory } from './demo-names';

/** Sizes for the demo organisations, so partnerships pairing smaller with larger ones can be counted. */
const demoSizes: Record<string, OrganisationSize> = {
  'Fraser Valley Farmworker Justice Collective': 'grassroots',
  'Okanagan Migrant Voices': 'small',
  'Caregivers United BC': 'grassroots',
  'Valley Newcomer Services Society': 'large',
  'Coast Settlement Partners': 'large',
  'Surrey Immigrant Welcome Centre': 'medium',
  'Agricultural Workers Local 1518 (fictional)': 'medium',
  'Migrant Worker Legal Clinic (demo)': 'small',
  'University of the Fraser Valley Labour Research Lab (demo)': 'medium',
  'Kelowna Health Outreach Network': 'small',
};

interface DemoAgreement {
  title: string;
  stream: FundingStream;
  purpose: string;
  approvedCents: number;
  startsOn: string;
  endsOn: string;
  status: AgreementStatus;
  parties: ReadonlyArray<[name: string, role: PartyRole]>;
  group?: string;
  recommendation?: string;
}

/** The latest March 31 at least 100 days ago: the demo's claim that is split between two fiscal years. */
function lastYearEndBefore(today: string): number {
  const year = Number(today.slice(0, 4));
  return daysAfter(`${year}-03-31`, 100) <= today ? year : year - 1;
}

/**
 * A few agreements of the funding program, through the same services as the coordinator's forms (so
 * every money rule holds): an active outreach project with a mentor, a capacity-building project with
 * a claim crossing March 31, an approved policy brief that came from a recommendation, a proposal, and
 * a closed project whose amount was amended. Dates follow today so the Dashboard has reports due.
 */
export async function loadDemoFunding(trx: Transaction<Database>, audit: AuditTrail, now: Date): Promise<number> {
  const at = now.toISOString();
  const today = todayIsoDate(now);
  // A small demo network may not have named every organisation through its members: each is made here.
  const organisations = new Map<string, number>();
  for (const [name, size] of Object.entries(demoSizes)) {
    const id = await findOrCreateOrganisation(trx, name, at);
    const category = Object.entries(organisationsByCategory).find(([, names]) => names.includes(name))?.[0] ?? null;
    await trx.updateTable('organisations').set({ size, category }).where('id', '=', id).execute();
    organisations.set(name, id);
  }
  const groups = new Map((await trx.selectFrom('working_groups').select(['id', 'name']).execute()).map((row) => [row.name, row.id]));
  const recommendations = new Map((await trx.selectFrom('recommendations').select(['id', 'title']).execute()).map((row) => [row.title, row.id]));

  const y = lastYearEndBefore(today);
  const plans: DemoAgreement[] = [
    {
      title: 'Harvest season know-your-rights outreach',
      stream: 'community_action',
      purpose: 'Evening and weekend outreach on farms and in worker housing, with interpretation, during the harvest.',
      approvedCents: 18_000_000,
      startsOn: daysAfter(today, -200),
      endsOn: daysAfter(today, 340),
      status: 'active',
      parties: [
        ['Valley Newcomer Services Society', 'lead'],
        ['Fraser Valley Farmworker Justice Collective', 'mentored'],
        ['Agricultural Workers Local 1518 (fictional)', 'mentor'],
      ],
      group: 'Community action working group',
      recommendation: 'Know-your-rights cards in six languages',
    },
    {
      title: 'Caregivers’ peer support network',
      stream: 'capacity_building',
      purpose: 'Builds the capacity of a caregivers’ grassroots group to run its own peer support and legal information sessions.',
      approvedCents: 9_500_000,
      startsOn: `${y}-01-01`,
      endsOn: `${y + 2}-03-31`,
      status: 'active',
      parties: [
        ['Coast Settlement Partners', 'lead'],
        ['Caregivers United BC', 'mentored'],
        ['Migrant Worker Legal Clinic (demo)', 'mentor'],
      ],
    },
    {
      title: 'Interpretation as a core cost: policy brief',
      stream: 'policy',
      purpose: 'Research and a brief on funding interpretation at worker forums as a core cost.',
      approvedCents: 4_000_000,
      startsOn: daysAfter(today, 15),
      endsOn: daysAfter(today, 280),
      status: 'approved',
      parties: [
        ['University of the Fraser Valley Labour Research Lab (demo)', 'lead'],
        ['Okanagan Migrant Voices', 'partner'],
      ],
      group: 'Funding working group',
      recommendation: 'Core funding for interpretation at worker forums',
    },
    {
      title: 'Kelowna health outreach pilot',
      stream: 'other',
      purpose: 'Mobile clinic evenings for seasonal workers in the Okanagan.',
      approvedCents: 2_500_000,
      startsOn: daysAfter(today, 60),
      endsOn: daysAfter(today, 420),
      status: 'proposed',
      parties: [
        ['Kelowna Health Outreach Network', 'lead'],
        ['Surrey Immigrant Welcome Centre', 'partner'],
      ],
    },
    {
      title: 'Winter housing clinic',
      stream: 'community_action',
      purpose: 'Legal clinics on employer-provided housing during the off-season.',
      approvedCents: 3_000_000,
      startsOn: `${y - 1}-10-01`,
      endsOn: `${y}-03-31`,
      status: 'closed',
      parties: [
        ['Surrey Immigrant Welcome Centre', 'lead'],
        ['Fraser Valley Farmworker Justice Collective', 'partner'],
      ],
    },
  ];

  const ids: number[] = [];
  for (const plan of plans) {
    const parties: PartyDraft[] = plan.parties.map(([name, role]) => ({ organisationId: organisations.get(name)!, role }));
    const draft = agreementDraftSchema.parse({
      title: plan.title,
      stream: plan.stream,
      purpose: plan.purpose,
      approvedCents: plan.approvedCents,
      startsOn: plan.startsOn,
      endsOn: plan.endsOn,
      workingGroupId: (plan.group && groups.get(plan.group)) ?? null,
      recommendationId: (plan.recommendation && recommendations.get(plan.recommendation)) ?? null,
      parties,
      notes: null,
    });
    ids.push((await createAgreementIn(trx, audit, draft, plan.status, at)).id);
  }
  const [outreach, caregivers, brief, , housing] = ids;
  const add = {
    instalment: (agreementId: number, dueOn: string, amountCents: number) =>
      addEntryIn(trx, audit, instalments, agreementId, instalmentDraftSchema.parse({ dueOn, amountCents, note: null }), at),
    claim: (agreementId: number, receivedOn: string, periodFrom: string, periodTo: string, amountCents: number) =>
      addEntryIn(trx, audit, claims, agreementId, claimDraftSchema.parse({ receivedOn, periodFrom, periodTo, amountCents, note: null }), at),
    payment: (agreementId: number, paidOn: string, amountCents: number, claimId: number | null = null) =>
      addEntryIn(trx, audit, payments, agreementId, paymentDraftSchema.parse({ paidOn, amountCents, claimId, note: null }), at),
    report: (agreementId: number, kind: string, dueOn: string, receivedOn: string | null = null, description: string | null = null) =>
      addEntryIn(trx, audit, deliverables, agreementId, deliverableDraftSchema.parse({ kind, description, dueOn, receivedOn, note: null }), at),
  };

  if (outreach !== undefined) {
    const start = daysAfter(today, -200);
    for (const [offset, cents] of [[0, 6_000_000], [180, 6_000_000], [360, 6_000_000]] as const) await add.instalment(outreach, daysAfter(start, offset), cents);
    await add.payment(outreach, daysAfter(start, 5), 6_000_000);
    const claim = await add.claim(outreach, daysAfter(today, -20), start, daysAfter(today, -30), 5_450_000);
    await add.payment(outreach, daysAfter(today, -6), 5_450_000, claim.claims.at(-1)?.id ?? null);
    await add.report(outreach, 'milestone', daysAfter(today, -9), null, 'Twelve evening sessions held on farms');
    await add.report(outreach, 'interim_report', daysAfter(today, 12));
    await add.report(outreach, 'final_report', daysAfter(today, 370));
  }
  if (caregivers !== undefined) {
    await add.instalment(caregivers, `${y}-01-15`, 4_000_000);
    await add.instalment(caregivers, `${y}-07-15`, 3_000_000);
    await add.instalment(caregivers, `${y + 1}-01-15`, 2_500_000);
    await add.payment(caregivers, `${y}-01-20`, 4_000_000);
    // February to May: charged partly to the fiscal year ending March 31, partly to the next.
    const claim = await add.claim(caregivers, `${y}-06-08`, `${y}-02-01`, `${y}-05-31`, 2_880_000);
    await add.payment(caregivers, `${y}-06-25`, 2_880_000, claim.claims.at(-1)?.id ?? null);
    await add.report(caregivers, 'interim_report', `${y}-06-30`, `${y}-06-28`);
    await add.report(caregivers, 'milestone', daysAfter(today, 25), null, 'Peer facilitators trained');
    await add.report(caregivers, 'final_report', `${y + 2}-05-31`);
  }
  if (brief !== undefined) await add.report(brief, 'interim_report', daysAfter(today, 120));
  if (housing !== undefined) {
    await addEntryIn(trx, audit, amendments, housing, amendmentDraftSchema.parse({ amendedOn: `${y}-01-10`, newAmountCents: 3_450_000, reason: 'Two extra clinic evenings at the growers’ request' }), at);
    await add.payment(housing, `${y - 1}-10-15`, 1_500_000);
    await add.payment(housing, `${y}-03-20`, 1_950_000);
    await add.report(housing, 'final_report', `${y}-04-30`, `${y}-04-22`);
  }
  return ids.length;
}
