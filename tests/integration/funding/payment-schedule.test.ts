import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normaliseSpaces, pdfTextViaLibreOffice } from '../../support/libreoffice';
import { callOk, seedMember } from '../../support/seed';
import { seedFundingScenario, type FundingScenario } from '../../support/funding-scenario';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';

const scenario: FundingScenario = {
  organisations: [
    { key: 'Lead', sector: 'settlement_agency', size: 'large' },
    { key: 'Grassroots', sector: 'worker_advocacy', size: 'grassroots' },
  ],
  agreements: [
    {
      stream: 'capacity_building',
      status: 'active',
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
      approvedCents: 10_000_000,
      parties: [['Lead', 'lead'], ['Grassroots', 'mentored']],
      // 59 days before April 1 and 61 after: $1,000.00 is charged $491.67 and $508.33.
      claims: [{ receivedOn: '2027-06-05', from: '2027-02-01', to: '2027-05-31', cents: 100_000 }],
      payments: [{ on: '2026-03-20', cents: 2_500_000 }, { on: '2027-06-10', cents: 100_000 }],
    },
    {
      stream: 'policy',
      status: 'active',
      startsOn: '2026-06-01',
      endsOn: '2027-05-31',
      approvedCents: 4_000_000,
      parties: [['Lead', 'lead']],
      payments: [{ on: '2026-07-02', cents: 1_000_000 }],
    },
    { stream: 'other', status: 'proposed', startsOn: '2026-06-01', endsOn: '2027-05-31', approvedCents: 777_700, parties: [['Grassroots', 'lead']] },
  ],
};

async function workbookOf(base64: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}

describe('the payment schedule for the funder', () => {
  let temp: TempLedger;
  beforeEach(async () => {
    temp = await openTempLedger({ now: () => new Date(2027, 6, 2, 12) });
    await seedFundingScenario(temp.dispatch, scenario);
  });
  afterEach(async () => temp.close());

  it('lists funded agreements with balances and totals as formulas, money by quarter, claims by fiscal year and payments', async () => {
    const file = await callOk(temp.dispatch, 'funding.paymentSchedule.export', { language: 'en' });
    expect(file.fileName).toBe('payment-schedule-2027-07-02.xlsx');
    const workbook = await workbookOf(file.base64);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Agreements', 'By fiscal quarter', 'Claims by fiscal year', 'Payments']);

    const agreements = workbook.getWorksheet('Agreements')!;
    // The proposal is not the funder's yet.
    expect([agreements.getCell('A2').value, agreements.getCell('A3').value, agreements.getCell('A4').value]).toEqual(['Agreement 1', 'Agreement 2', 'Total']);
    expect(agreements.getCell('B2').value).toBe('Organisation Lead');
    expect(agreements.getCell('K2').value).toEqual({ formula: 'G2-J2', result: 74_000 });
    expect(agreements.getCell('K3').value).toEqual({ formula: 'G3-J3', result: 30_000 });
    expect(agreements.getCell('G4').value).toEqual({ formula: 'SUM(G2:G3)', result: 140_000 });
    expect(agreements.getCell('J4').value).toEqual({ formula: 'SUM(J2:J3)', result: 36_000 });
    expect(agreements.getCell('K4').value).toEqual({ formula: 'SUM(K2:K3)', result: 104_000 });

    const claims = workbook.getWorksheet('Claims by fiscal year')!;
    expect(claims.getRow(1).values).toEqual(expect.arrayContaining(['Charged to 2026–27', 'Charged to 2027–28']));
    expect([claims.getCell('E2').value, claims.getCell('F2').value, claims.getCell('G2').value]).toEqual([1_000, 491.67, 508.33]);

    const payments = workbook.getWorksheet('Payments')!;
    expect([2, 3, 4].map((row) => payments.getCell(`C${row}`).value)).toEqual(['2025–26 Q4', '2027–28 Q1', '2026–27 Q2']);
    expect(payments.getCell('D5').value).toEqual({ formula: 'SUM(D2:D4)', result: 36_000 });
  });

  it('opens in LibreOffice in French, in words and with its totals', async () => {
    const file = await callOk(temp.dispatch, 'funding.paymentSchedule.export', { language: 'fr' });
    expect(file.fileName).toBe('echeancier-des-paiements-2027-07-02.xlsx');
    const text = normaliseSpaces(await pdfTextViaLibreOffice(file.fileName, Buffer.from(file.base64, 'base64')));
    // Headers wrap between their words in a column as wide as its content.
    expect(text).toMatch(/Organisme\s[\s\S]*responsable/);
    expect(text).toContain('Renforcement des capacités');
    // fr-CA formats: 140,000 and 104,000 appear only as totals, dates as a French reader writes them.
    for (const total of ['140', '104']) expect(text).toMatch(new RegExp(`${total} 000,00 \\$`));
    expect(text).toContain('1 janvier 2026');
    // Printed one page wide, with what it is, the day it was prepared and the page in the footer.
    expect(text).toContain('Préparé le 2 juillet 2027');
    expect(text).toContain('Page 1 de 4');
    expect(text).not.toMatch(/#NAME|Err:\d/);
  }, 120_000);

  it('covers one agreement when asked, whatever its status', async () => {
    const { items } = await callOk(temp.dispatch, 'funding.agreements.list', { status: 'proposed' });
    const file = await callOk(temp.dispatch, 'funding.paymentSchedule.export', { agreementId: items[0]!.id, language: 'en' });
    const agreements = (await workbookOf(file.base64)).getWorksheet('Agreements')!;
    expect(agreements.getCell('A2').value).toBe('Agreement 3');
    expect(agreements.getCell('A3').value).toBe('Total');
  });

  it('waits for the coordinator to confirm a migrant worker’s name found in an agreement title', async () => {
    await seedMember(temp.dispatch, { displayName: 'Rosalinda Quispe', category: 'current_migrant_worker' });
    const { items } = await callOk(temp.dispatch, 'funding.agreements.list', { search: 'Agreement 2' });
    const detail = await callOk(temp.dispatch, 'funding.agreements.get', { id: items[0]!.id });
    await callOk(temp.dispatch, 'funding.agreements.update', {
      id: detail.id,
      agreement: {
        title: 'Outreach with Rosalinda Quispe',
        stream: detail.stream,
        purpose: detail.purpose,
        approvedCents: detail.originalApprovedCents,
        startsOn: detail.startsOn,
        endsOn: detail.endsOn,
        workingGroupId: null,
        recommendationId: null,
        parties: detail.parties.map((party) => ({ organisationId: party.organisationId, role: party.role })),
        notes: null,
      },
    });
    const { hits } = await callOk(temp.dispatch, 'funding.paymentSchedule.redactionCheck', {});
    expect(hits.map((hit) => [hit.document, hit.field, hit.matchedText])).toEqual([['payment_schedule', 'agreementTitle', 'Rosalinda Quispe']]);
    expect(await temp.dispatch('funding.paymentSchedule.export', { language: 'en' })).toMatchObject({
      ok: false,
      error: { reason: 'reports.unconfirmedNames', params: { count: 1 } },
    });
    const file = await callOk(temp.dispatch, 'funding.paymentSchedule.export', { language: 'en', confirmedHits: hits.map((hit) => hit.key) });
    expect(file.fileName).toMatch(/\.xlsx$/);
  });
});
