import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gatherQuarterlyReport } from '../../../electron/reports/quarterly/quarterly-report-query';
import { callOk } from '../../support/seed';
import { seedFundingScenario, type FundingScenario, type ScenarioAgreement } from '../../support/funding-scenario';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';

const quarter = { fiscalYear: 2026, quarter: 3 } as const;
const [from, to] = ['2026-10-01', '2026-12-31'];

/** Six agreements around October to December 2026, each exercising one rule of the section. */
const scenario: FundingScenario = {
  organisations: [
    { key: 'A', sector: 'settlement_agency', size: 'large' },
    { key: 'B', sector: 'worker_advocacy', size: 'grassroots' },
    { key: 'C', sector: 'worker_advocacy', size: 'small' },
    { key: 'D', sector: 'current_migrant_worker', size: 'grassroots' },
    { key: 'E', sector: 'union', size: 'medium' },
    { key: 'F', sector: 'other_civil_society', size: null },
  ],
  agreements: [
    {
      stream: 'community_action',
      status: 'active',
      startsOn: '2026-04-01',
      endsOn: '2027-09-30',
      approvedCents: 10_000_000,
      amendments: [{ on: '2026-11-15', cents: 12_000_000 }, { on: '2027-01-10', cents: 13_000_000 }],
      parties: [['A', 'lead'], ['B', 'mentored'], ['E', 'mentor']],
      claims: [
        { receivedOn: '2026-07-10', from: '2026-04-01', to: '2026-06-30', cents: 3_000_000 },
        { receivedOn: '2026-10-20', from: '2026-07-01', to: '2026-09-30', cents: 2_500_000 },
      ],
      payments: [{ on: '2026-07-15', cents: 3_000_000 }, { on: '2026-11-01', cents: 2_500_000 }, { on: '2026-12-31', cents: 1_000_000 }],
      reports: [
        { kind: 'interim_report', dueOn: '2026-10-31', receivedOn: '2026-11-02' },
        { kind: 'interim_report', dueOn: '2026-12-15', receivedOn: null },
        { kind: 'final_report', dueOn: '2027-10-31', receivedOn: null },
      ],
    },
    {
      stream: 'capacity_building',
      status: 'active',
      startsOn: '2025-01-01',
      endsOn: '2027-03-31',
      approvedCents: 9_500_000,
      parties: [['A', 'lead'], ['D', 'mentored'], ['C', 'partner']],
      claims: [
        { receivedOn: '2026-06-08', from: '2026-02-01', to: '2026-05-31', cents: 2_880_000 },
        { receivedOn: '2027-01-05', from: '2026-10-01', to: '2026-12-31', cents: 1_000_000 },
      ],
      payments: [{ on: '2026-06-25', cents: 2_880_000 }, { on: '2026-10-01', cents: 500_000 }],
      reports: [{ kind: 'interim_report', dueOn: '2026-09-30', receivedOn: '2026-10-05' }],
    },
    {
      stream: 'policy',
      status: 'approved',
      startsOn: '2026-12-01',
      endsOn: '2027-06-30',
      approvedCents: 4_000_000,
      parties: [['F', 'lead'], ['C', 'partner']],
      reports: [{ kind: 'interim_report', dueOn: '2026-12-20', receivedOn: '2026-12-19' }],
    },
    {
      stream: 'other',
      status: 'proposed',
      startsOn: '2026-10-01',
      endsOn: '2027-03-31',
      approvedCents: 2_500_000,
      parties: [['E', 'lead'], ['B', 'partner']],
      reports: [{ kind: 'interim_report', dueOn: '2026-11-01', receivedOn: null }],
    },
    {
      stream: 'community_action',
      status: 'cancelled',
      startsOn: '2026-05-01',
      endsOn: '2027-04-30',
      approvedCents: 2_000_000,
      parties: [['E', 'lead'], ['D', 'partner']],
      payments: [{ on: '2026-06-01', cents: 500_000 }],
      reports: [{ kind: 'interim_report', dueOn: '2026-11-30', receivedOn: null }],
    },
    {
      stream: 'capacity_building',
      status: 'closed',
      startsOn: '2025-04-01',
      endsOn: '2026-03-31',
      approvedCents: 1_000_000,
      parties: [['C', 'lead']],
      reports: [
        { kind: 'final_report', dueOn: '2026-04-30', receivedOn: '2026-10-10' },
        { kind: 'interim_report', dueOn: '2025-12-31', receivedOn: null },
      ],
    },
  ],
};

// What the section should say, worked out here from the scenario in plain code.
const inQuarter = (day: string | null) => day !== null && day >= from && day <= to;
const funded = (plan: ScenarioAgreement) =>
  (['approved', 'active', 'closed'].includes(plan.status) || (plan.status === 'cancelled' && (plan.payments ?? []).length > 0)) &&
  plan.startsOn <= to &&
  plan.endsOn >= from;
const owes = (plan: ScenarioAgreement) => ['approved', 'active', 'closed'].includes(plan.status);
const total = (values: number[]) => values.reduce((a, b) => a + b, 0);
const migrantWorkerSectors = ['worker_advocacy', 'current_migrant_worker', 'former_migrant_worker'];
const sectorOf = new Map(scenario.organisations.map((organisation) => [organisation.key, organisation.sector]));
const sizeRank = new Map(scenario.organisations.map((organisation) => [organisation.key, organisation.size === null ? null : ['grassroots', 'small', 'medium', 'large'].indexOf(organisation.size)]));

function approvedAtQuarterEnd(plan: ScenarioAgreement): number {
  const inForce = (plan.amendments ?? []).filter((amendment) => amendment.on <= to).sort((a, b) => (a.on < b.on ? -1 : 1));
  return inForce.length > 0 ? inForce[inForce.length - 1]!.cents : plan.approvedCents;
}

function expectedStream(stream: string) {
  const plans = scenario.agreements.filter((plan) => plan.stream === stream && funded(plan));
  const claims = plans.flatMap((plan) => plan.claims ?? []);
  const payments = plans.flatMap((plan) => plan.payments ?? []);
  const workers = new Set(plans.flatMap((plan) => plan.parties.map(([key]) => key).filter((key) => migrantWorkerSectors.includes(sectorOf.get(key) ?? ''))));
  return {
    agreements: plans.length,
    approvedCents: total(plans.map(approvedAtQuarterEnd)),
    claimedCents: total(claims.filter((claim) => inQuarter(claim.receivedOn)).map((claim) => claim.cents)),
    paidCents: total(payments.filter((payment) => inQuarter(payment.on)).map((payment) => payment.cents)),
    claimedToDateCents: total(claims.filter((claim) => claim.receivedOn <= to).map((claim) => claim.cents)),
    paidToDateCents: total(payments.filter((payment) => payment.on <= to).map((payment) => payment.cents)),
    workerOrganisations: workers.size,
  };
}

function expectedPartnerships(): number {
  const pairs = new Set<string>();
  for (const plan of scenario.agreements.filter(funded)) {
    const keys = plan.parties.map(([key]) => key);
    for (const a of keys) for (const b of keys) if (a < b) pairs.add(`${a}${b}`);
  }
  return [...pairs].filter((pair) => {
    const [a, b] = [sizeRank.get(pair[0]!), sizeRank.get(pair[1]!)];
    return a !== null && b !== null && a !== b;
  }).length;
}

function expectedReports(kind: string) {
  const reports = scenario.agreements.filter(owes).flatMap((plan) => plan.reports ?? []).filter((report) => report.kind === kind);
  return {
    due: reports.filter((report) => inQuarter(report.dueOn)).length,
    received: reports.filter((report) => inQuarter(report.receivedOn)).length,
    overdue: reports.filter((report) => report.dueOn <= to && (report.receivedOn === null || report.receivedOn > to)).length,
  };
}

describe('the quarterly report’s funding section', () => {
  let temp: TempLedger;
  beforeEach(async () => {
    temp = await openTempLedger({ now: () => new Date(2027, 0, 15, 12) });
    await seedFundingScenario(temp.dispatch, scenario);
  });
  afterEach(async () => temp.close());

  it('gathers agreements, money, organisations, partnerships and reports as the scenario implies', async () => {
    const { funding } = await gatherQuarterlyReport(temp.ledger.db, quarter, { status: 'draft', generatedOn: '2027-01-15', language: 'en' });
    for (const row of funding.byStream) expect({ ...row, stream: undefined }).toEqual({ ...expectedStream(row.stream), stream: undefined });
    const allWorkers = new Set(
      scenario.agreements.filter(funded).flatMap((plan) => plan.parties.map(([key]) => key).filter((key) => migrantWorkerSectors.includes(sectorOf.get(key) ?? ''))),
    );
    expect(funding.workerOrganisations).toBe(allWorkers.size);
    expect(funding.smallerLargerPartnerships).toBe(expectedPartnerships());
    for (const row of funding.reports) expect({ due: row.due, received: row.received, overdue: row.overdue }).toEqual(expectedReports(row.kind));
    // The scenario is meant to exercise every rule: guard against a scenario that tests nothing.
    expect(funding.byStream.map((row) => row.agreements)).toEqual([1, 2, 1, 0]);
    expect(funding.smallerLargerPartnerships).toBeGreaterThan(3);
  });

  it('prints money and reports as they are, and counts of organisations through the disclosure audit, in the register too', async () => {
    await callOk(temp.dispatch, 'reports.settings.save', { suppressionThreshold: 5 });
    const file = await callOk(temp.dispatch, 'reports.quarterly.generate', { quarter, format: 'xlsx', language: 'en' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);

    const byStream = workbook.getWorksheet('Funding by stream')!;
    const streams = ['policy', 'community_action', 'capacity_building', 'other'];
    streams.forEach((stream, index) => {
      const expected = expectedStream(stream);
      const row = byStream.getRow(index + 2);
      expect([2, 3, 4, 5, 6, 7].map((column) => row.getCell(column).value)).toEqual([
        expected.agreements,
        expected.approvedCents / 100,
        expected.claimedCents / 100,
        expected.paidCents / 100,
        expected.claimedToDateCents / 100,
        expected.paidToDateCents / 100,
      ]);
    });
    // The totals are formulas over the rows, with the true totals as their results.
    const totals = byStream.getRow(6);
    expect(totals.getCell(3).value).toEqual({ formula: 'SUM(C2:C5)', result: total(streams.map((stream) => expectedStream(stream).approvedCents)) / 100 });

    const reports = workbook.getWorksheet('Funding reports')!;
    ['interim_report', 'final_report'].forEach((kind, index) => {
      const expected = expectedReports(kind);
      expect([2, 3, 4].map((column) => reports.getRow(index + 2).getCell(column).value)).toEqual([expected.due, expected.received, expected.overdue]);
    });

    // Counts of migrant-worker organisations: below 5 they are hidden; the rest are printed as they are.
    const organisations = workbook.getWorksheet('Funded organisations')!;
    const printed = (row: number) => organisations.getRow(row).getCell(2).value;
    streams.forEach((stream, index) => {
      const count = expectedStream(stream).workerOrganisations;
      if (count >= 1 && count < 5) expect(printed(index + 2)).toBe('<5');
      else expect([count, '<5', 'x']).toContain(printed(index + 2));
    });
    expect(printed(7)).toBe(expectedPartnerships() >= 5 ? expectedPartnerships() : '<5');

    const { items } = await callOk(temp.dispatch, 'reports.releases.list', {});
    const { cells } = await callOk(temp.dispatch, 'reports.releases.cells', { releaseId: items[0]!.id });
    const organisationCells = cells.filter((cell) => cell.table === 'funding_organisations');
    expect(organisationCells.map((cell) => `${cell.row}/${cell.column}`)).toEqual([
      'policy/migrant_worker_organisations',
      'community_action/migrant_worker_organisations',
      'capacity_building/migrant_worker_organisations',
      'other/migrant_worker_organisations',
      'all/migrant_worker_organisations',
      'all/smaller_larger_partnerships',
    ]);
    expect(organisationCells.every((cell) => cell.state === 'shown' || cell.marker !== null)).toBe(true);
    const paid = cells.find((cell) => cell.table === 'funding_streams' && cell.row === 'community_action' && cell.column === 'paid_cents');
    expect(paid).toMatchObject({ state: 'shown', value: expectedStream('community_action').paidCents });
  });
});
