import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedReportLedger, type ReportSeed } from '../../../bench/seed-report-ledger';
import { gatherQuarterlyReport } from '../../../electron/reports/quarterly/quarterly-report-query';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { docxParagraphs } from '../../support/read-zip';
import { bookingCosts } from '../../../shared/domain/interpretation';

const quarter = { fiscalYear: 2026, quarter: 3 } as const;
const [startsOn, endsOn] = ['2026-10-01', '2026-12-31'];
const inQuarter = (day: string) => day >= startsOn && day <= endsOn;

let temp: TempLedger;
let seed: ReportSeed;

beforeEach(async () => {
  temp = await openTempLedger();
  seed = await seedReportLedger(temp.ledger, {
    members: 400,
    meetings: 80,
    attendance: 2500,
    bookings: 120,
    recommendations: 40,
  });
});
afterEach(async () => temp.close());

/** The expected figures, worked out from the seed records in plain code. */
function expectedParticipation(category: string) {
  const heldMeetings = new Set(
    seed.meetings.filter((m) => m.status === 'held' && inQuarter(m.heldOn)).map((m) => m.id),
  );
  const categoryOf = new Map(seed.members.map((m) => [m.id, m.category]));
  const rows = seed.attendance.filter(
    (row) =>
      heldMeetings.has(row.meetingId) &&
      (row.presence === 'in_person' || row.presence === 'remote') &&
      categoryOf.get(row.memberId) === category,
  );
  return { participants: new Set(rows.map((row) => row.memberId)).size, attendances: rows.length };
}

describe('the quarterly report from a seeded ledger', () => {
  it('gathers the figures the seed implies', async () => {
    const data = await gatherQuarterlyReport(temp.ledger.db, quarter, { status: 'draft', generatedOn: '2027-01-10', language: 'en' });
    for (const row of data.participationByCategory) {
      expect({ participants: row.participants, attendances: row.attendances }).toEqual(
        expectedParticipation(row.category),
      );
    }
    const held = seed.meetings.filter((m) => m.status === 'held' && inQuarter(m.heldOn));
    expect(data.meetingsByKind.reduce((sum, row) => sum + row.held, 0)).toBe(held.length);
    expect(data.meetingsByKind.reduce((sum, row) => sum + row.atWorkerFriendlyTimes, 0)).toBe(
      held.filter((m) => m.workerFriendly).length,
    );

    const meetingDay = new Map(seed.meetings.map((m) => [m.id, m.heldOn]));
    const spanish = seed.bookings.filter(
      (b) =>
        b.language === 'es' &&
        inQuarter(meetingDay.get(b.meetingId)!) &&
        (b.status === 'delivered' || b.status === 'cancelled'),
    );
    const spanishCost = spanish.reduce(
      (sum, b) =>
        sum +
        bookingCosts({
          ...b,
          minimumChargeCents: 0,
          travelCents: 0,
          cancellationFeeCents: 0,
          status: b.status as 'delivered',
        }).costCents,
      0,
    );
    expect(data.interpretationByLanguage.find((row) => row.language === 'es')?.costCents ?? 0).toBe(spanishCost);

    const drafted = seed.recommendations.filter((r) => inQuarter(r.draftedOn)).length;
    expect(data.recommendationsByKind.reduce((sum, row) => sum + row.drafted, 0)).toBe(drafted);
    const adopted = seed.recommendations.filter((r) =>
      r.moves.some((m) => m.to === 'adopted' && inQuarter(m.on)),
    ).length;
    expect(data.recommendationsByKind.reduce((sum, row) => sum + row.adopted, 0)).toBe(adopted);

    const atEnd = seed.members.filter((m) => m.joinedOn <= endsOn && (m.leftOn === null || m.leftOn > endsOn)).length;
    expect(data.membershipByCategory.reduce((sum, row) => sum + row.atEnd, 0)).toBe(atEnd);
  });

  it('generates both files through the contract, with the true participant total', async () => {
    const totalParticipants = [
      'current_migrant_worker',
      'former_migrant_worker',
      'worker_advocacy',
      'settlement_agency',
      'union',
      'employer',
      'industry_association',
      'foreign_government',
      'government_bc',
      'government_canada',
      'academic_legal',
      'other_civil_society',
    ].reduce((sum, category) => sum + expectedParticipation(category).participants, 0);
    const xlsx = await temp.dispatch('reports.quarterly.generate', { quarter, format: 'xlsx', language: 'en' });
    if (!xlsx.ok) throw new Error(xlsx.error.message);
    const file = xlsx.data as { fileName: string; mimeType: string; base64: string };
    expect(file.fileName).toBe('quarterly-report-2026-Q3-draft.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Participation')!;
    const totalRow = sheet.getColumn(1).values.findIndex((value) => value === 'Total');
    const totalCell = sheet.getCell(`B${totalRow}`).value;
    expect(typeof totalCell === 'object' && totalCell && 'result' in totalCell ? totalCell.result : totalCell).toBe(
      totalParticipants,
    );

    const docx = await temp.dispatch('reports.quarterly.generate', { quarter, format: 'docx', language: 'fr' });
    if (!docx.ok) throw new Error(docx.error.message);
    const paragraphs = docxParagraphs(Buffer.from((docx.data as { base64: string }).base64, 'base64'));
    expect(paragraphs).toContain('Participation par catégorie de parties prenantes');
  });

  it('refuses to generate while a worker is named in the narrative, until the coordinator confirms', async () => {
    const worker = seed.members.find((m) => m.category === 'current_migrant_worker')!;
    const saved = await temp.dispatch('reports.quarterly.narrative.save', {
      quarter,
      narrative: { highlights: `${worker.displayName} spoke at the plenary.`, challenges: '', lessonsLearned: '' },
    });
    expect(saved.ok).toBe(true);
    const check = await temp.dispatch('reports.quarterly.redactionCheck', { quarter });
    if (!check.ok) throw new Error(check.error.message);
    const hits = (check.data as { hits: Array<{ key: string; memberId: number }> }).hits;
    expect(hits.some((hit) => hit.memberId === worker.id)).toBe(true);
    const refused = await temp.dispatch('reports.quarterly.generate', { quarter, format: 'docx', language: 'en' });
    expect(refused.ok ? null : refused.error.code).toBe('conflict');
    const confirmed = await temp.dispatch('reports.quarterly.generate', {
      quarter,
      format: 'docx',
      language: 'en',
      confirmedHits: hits.map((hit) => hit.key),
    });
    expect(confirmed.ok).toBe(true);
  });

  it('keeps the suppression threshold at 5 or more', async () => {
    const refused = await temp.dispatch('reports.settings.save', { suppressionThreshold: 3 });
    expect(refused.ok ? null : refused.error.issues?.[0]?.path).toBe('suppressionThreshold');
    expect(await temp.dispatch('reports.settings.save', { suppressionThreshold: 20 })).toMatchObject({
      ok: true,
      data: { suppressionThreshold: 20 },
    });
    expect(await temp.dispatch('reports.settings.get', {})).toMatchObject({
      ok: true,
      data: { suppressionThreshold: 20 },
    });
  });
});
