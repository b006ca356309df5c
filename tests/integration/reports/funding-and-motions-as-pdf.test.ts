import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../../electron/handlers/dispatch';
import type { ReportFile } from '../../../shared/domain/report';
import { chromiumPrinter } from '../../support/chromium-printer';
import { seedFundingScenario } from '../../support/funding-scenario';
import { normaliseSpaces } from '../../support/libreoffice';
import { pdfPageTexts } from '../../support/pdf-pages';
import { docxParagraphs } from '../../support/read-zip';
import { callOk, markPresent, meetingDraft, memberDraft } from '../../support/seed';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';

/**
 * What main added to the shared documents (issue 14's funding section, issue 16's motions) goes
 * through the one document model, so it is in the PDF as in the .docx, French typography included.
 */
const quarter = { fiscalYear: 2026, quarter: 3 } as const;
let temp: TempLedger;
let dispatch: Dispatch;
const printer = chromiumPrinter();
let plenaryId: number;

const bytesOf = (file: ReportFile) => Buffer.from(file.base64, 'base64');
/**
 * The PDF's words in reading order, every run of spaces as one (pdftotext gives no-break spaces as
 * spaces: French spacing shows as "trimestre : approuvées" where English would write "quarter:").
 */
const pdfWords = async (file: ReportFile) => {
  expect(file.mimeType).toBe('application/pdf');
  return normaliseSpaces((await pdfPageTexts(bytesOf(file))).join('\n')).replace(/\s+/g, ' ');
};

beforeAll(async () => {
  temp = await openTempLedger({ now: () => new Date('2027-01-20T17:00:00Z') });
  dispatch = createDispatcher({ ledger: temp.ledger, dataDir: temp.dataDir, printer }, () => undefined);
  await seedFundingScenario(dispatch, {
    organisations: [
      { key: 'A', sector: 'settlement_agency', size: 'large' },
      { key: 'B', sector: 'worker_advocacy', size: 'grassroots' },
    ],
    agreements: [
      {
        stream: 'capacity_building',
        status: 'active',
        startsOn: '2026-04-01',
        endsOn: '2027-09-30',
        approvedCents: 16_131_300,
        parties: [['A', 'lead'], ['B', 'mentored']],
        claims: [{ receivedOn: '2026-10-20', from: '2026-07-01', to: '2026-09-30', cents: 2_500_000 }],
        payments: [{ on: '2026-11-01', cents: 2_500_000 }],
      },
    ],
  });
  const members: number[] = [];
  members.push((await callOk(dispatch, 'members.create', { member: memberDraft({ displayName: 'Rosalinda Quispe', alias: 'Heron 1', email: null }) })).id);
  for (let index = 0; index < 14; index += 1) {
    members.push((await callOk(dispatch, 'members.create', { member: memberDraft({ displayName: `Union rep ${index}`, alias: null, category: 'union', mayBeNamed: true, email: null }) })).id);
  }
  plenaryId = (await callOk(dispatch, 'meetings.create', { meeting: meetingDraft({ heldOn: '2026-12-05' }) })).meeting.id;
  await markPresent(dispatch, plenaryId, members);
  const agenda = await callOk(dispatch, 'meetings.agenda.add', {
    meetingId: plenaryId,
    item: { kind: 'decision', title: 'Housing inspections', presenterMemberId: null, plannedMinutes: 30 },
  });
  await callOk(dispatch, 'meetings.update', { id: plenaryId, meeting: meetingDraft({ heldOn: '2026-12-05', status: 'held' }) });
  await callOk(dispatch, 'minutes.start', { meetingId: plenaryId });
  await callOk(dispatch, 'votes.record', {
    vote: {
      meetingId: plenaryId,
      agendaItemId: agenda.agenda.find((item) => item.title === 'Housing inspections')!.id,
      motion: { kind: 'floor', title: 'Letter on housing inspections', text: 'The Network writes to the Minister about housing inspections.' },
      moverMemberId: members[0]!,
      seconderMemberId: members[1]!,
      method: 'show_of_hands',
      rule: 'simple_majority',
      tally: { for: 12, against: 0, abstain: 0, block: 0 },
    },
  });
}, 120_000);

afterAll(async () => {
  await printer.close();
  await temp.close();
});

describe('the quarterly report’s funding section in every format', () => {
  it('is in the PDF in French, spaced and with fr-CA money, and in the English .docx', async () => {
    const french = await pdfWords(await callOk(dispatch, 'reports.quarterly.generate', { quarter, format: 'pdf', language: 'fr' }));
    expect(french).toContain('Programme de financement');
    expect(french).toContain('Ententes financées au cours du trimestre, par volet');
    // fr-CA money: "161 313,00 $", never "$161,313.00".
    expect(french).toContain('1 161 313,00 $ 25 000,00 $');
    expect(french).not.toContain('$161');
    expect(french).toContain('Organisations de travailleurs migrants : Renforcement des capacités');
    expect(french).toContain('Ententes financées au cours du trimestre : approuvées');

    const english = normaliseSpaces(
      docxParagraphs(bytesOf(await callOk(dispatch, 'reports.quarterly.generate', { quarter, format: 'docx', language: 'en' }))).join('\n'),
    );
    expect(english).toContain('Funding program');
    expect(english).toContain('$161,313.00');
    expect(english).toContain('Migrant-worker organisations and partnerships');
  }, 120_000);

  it('records the same funding figures for the PDF as for the .docx', async () => {
    const { items } = await callOk(dispatch, 'reports.releases.list', { limit: 50 });
    const pdf = items.find((release) => release.documentKind === 'quarterly_report' && release.format === 'pdf')!;
    const docx = items.find((release) => release.documentKind === 'quarterly_report' && release.format === 'docx')!;
    const funding = async (releaseId: number) =>
      (await callOk(dispatch, 'reports.releases.cells', { releaseId })).cells.filter((cell) => cell.table.startsWith('funding_'));
    const pdfCells = await funding(pdf.id);
    expect(pdfCells.find((cell) => cell.table === 'funding_streams' && cell.row === 'capacity_building' && cell.column === 'approved_cents')).toMatchObject({
      state: 'shown',
      value: 16_131_300,
    });
    expect(pdfCells.some((cell) => cell.table === 'funding_organisations')).toBe(true);
    expect(pdfCells).toEqual(await funding(docx.id));
  });
});

describe('motions in the minutes’ PDF', () => {
  it('the Network’s own copy names mover and seconder, in French spaced the French way', async () => {
    const { hits } = await callOk(dispatch, 'reports.meeting.redactionCheck', { meetingId: plenaryId, document: 'minutes_members' });
    const text = await pdfWords(
      await callOk(dispatch, 'reports.minutes.generate', {
        meetingId: plenaryId,
        language: 'fr',
        audience: 'members',
        format: 'pdf',
        confirmedHits: hits.map((hit) => hit.key),
      }),
    );
    // Under its agenda item, by the worker's alias (no consent to be named).
    expect(text.indexOf('Housing inspections')).toBeLessThan(text.indexOf('Proposition de l’assemblée : Letter on housing inspections'));
    expect(text).toContain('Proposée par Heron 1, appuyée par Union rep 0.');
    expect(text).toContain('The Network writes to the Minister about housing inspections.');
    expect(text).not.toContain('Rosalinda');
  }, 120_000);

  it('the shared copy says only "Moved and seconded." and records the counts it prints by vote', async () => {
    const text = await pdfWords(
      await callOk(dispatch, 'reports.minutes.generate', { meetingId: plenaryId, language: 'en', audience: 'shared', format: 'pdf', confirmedHits: [] }),
    );
    expect(text).toContain('Motion from the floor: Letter on housing inspections Moved and seconded.');
    for (const name of ['Moved by', 'Heron 1', 'Union rep 0', 'Rosalinda']) expect(text).not.toContain(name);
    const [release] = (await callOk(dispatch, 'reports.releases.list', { limit: 1 })).items;
    expect(release).toMatchObject({ documentKind: 'minutes_shared', format: 'pdf' });
    const { cells } = await callOk(dispatch, 'reports.releases.cells', { releaseId: release!.id });
    const votes = cells.filter((cell) => cell.table === 'votes');
    expect(votes.every((cell) => /^vote-\d+$/.test(cell.row))).toBe(true);
    expect(votes.find((cell) => cell.column === 'for')).toMatchObject({ state: 'shown', value: 12 });
    expect(text).toContain('For 12, against 0, abstaining 0. Carried.');
  }, 120_000);
});
