import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../../electron/handlers/dispatch';
import type { ReportFile } from '../../../shared/domain/report';
import { chromiumPrinter } from '../../support/chromium-printer';
import { normaliseSpaces } from '../../support/libreoffice';
import { pdfInfo, pdfPageTexts } from '../../support/pdf-pages';
import { callOk, markPresent, meetingDraft, memberDraft } from '../../support/seed';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';

/**
 * Every shared document saved as PDF, through the contract, printed by Chromium (Playwright's
 * page.pdf() on the print view, as the desktop app's printToPDF does) and read back with pdftotext.
 */
const multilingual = 'ਪੰਜਾਬੀ ਕਾਮਿਆਂ ਨੇ ਗੱਲ ਕੀਤੀ। 中文工人发言。 Người lao động Việt Nam phát biểu.';
const quarter = { fiscalYear: 2026, quarter: 3 } as const;
const firstNames = ['Rosalinda', 'Edwin', 'Marisol', 'Wilber', 'Yessenia', 'Ruben', 'Elvira', 'Fidel', 'Norma', 'Hilario', 'Lidia', 'Teodoro'];
const lastNames = ['Quispe', 'Mamani', 'Huaman', 'Condori', 'Apaza', 'Ccama', 'Tito', 'Yupanqui', 'Choque', 'Ticona', 'Paucar', 'Sullca'];

let temp: TempLedger;
let dispatch: Dispatch;
const printer = chromiumPrinter();
let plenaryId: number;
let springPlenaryId: number;
let minutesId: number;
let workerName: string;

const pdfOf = (file: ReportFile) => {
  expect(file.mimeType).toBe('application/pdf');
  expect(file.fileName).toMatch(/\.pdf$/);
  return Buffer.from(file.base64, 'base64');
};
/** The PDF's words in reading order, every run of spaces and line ends as one space (titles wrap). */
const textOf = async (file: ReportFile) => normaliseSpaces((await pdfPageTexts(pdfOf(file))).join('\n')).replace(/\s+/g, ' ');

beforeAll(async () => {
  temp = await openTempLedger({ now: () => new Date('2027-01-20T17:00:00Z') });
  dispatch = createDispatcher({ ledger: temp.ledger, dataDir: temp.dataDir, printer }, () => undefined);
  const members: number[] = [];
  for (let index = 0; index < 12; index += 1) {
    members.push((await callOk(dispatch, 'members.create', { member: memberDraft({ displayName: `${firstNames[index]} ${lastNames[index]}`, alias: `Heron ${index + 1}`, email: null }) })).id);
    members.push((await callOk(dispatch, 'members.create', { member: memberDraft({ displayName: `Union rep ${index}`, alias: null, category: 'union', mayBeNamed: true, email: null }) })).id);
  }
  for (let index = 0; index < 3; index += 1) {
    members.push((await callOk(dispatch, 'members.create', { member: memberDraft({ displayName: `Employer ${index}`, alias: null, category: 'employer', mayBeNamed: true, email: null }) })).id);
  }
  workerName = 'Rosalinda Quispe';
  await callOk(dispatch, 'reports.networkName.save', {
    networkName: { en: 'Fraser Valley Migrant Worker Network', fr: 'Réseau des travailleurs migrants de la vallée du Fraser' },
  });
  const plenary = await callOk(dispatch, 'meetings.create', { meeting: meetingDraft({ heldOn: '2026-12-05' }) });
  plenaryId = plenary.meeting.id;
  await markPresent(dispatch, plenaryId, members);
  await callOk(dispatch, 'meetings.update', { id: plenaryId, meeting: meetingDraft({ heldOn: '2026-12-05', status: 'held' }) });
  const minutes = await callOk(dispatch, 'minutes.start', { meetingId: plenaryId });
  minutesId = minutes.id;
  await callOk(dispatch, 'minutes.section.update', { sectionId: minutes.sections[0]!.id, notes: multilingual, decisions: 'Refer housing to the policy group.' });
  await callOk(dispatch, 'minutes.actionItems.add', {
    minutesId,
    item: { description: 'Write to ESDC about housing', sectionId: null, ownerMemberId: null, ownerName: 'Coordinator', dueOn: '2027-02-01', status: 'open' },
  });
  springPlenaryId = (await callOk(dispatch, 'meetings.create', { meeting: meetingDraft({ title: 'Spring plenary', heldOn: '2027-03-13' }) })).meeting.id;
  await callOk(dispatch, 'reports.quarterly.narrative.save', {
    quarter,
    language: 'en',
    narrative: { highlights: 'Evening plenary drew our largest turnout.', challenges: '', lessonsLearned: '' },
  });
  await callOk(dispatch, 'reports.quarterly.narrative.save', {
    quarter,
    language: 'fr',
    narrative: { highlights: 'La plénière du soir a attiré le plus de monde.', challenges: '', lessonsLearned: '' },
  });
}, 120_000);

afterAll(async () => {
  await printer.close();
  await temp.close();
});

describe('shared documents saved as PDF', () => {
  it('the quarterly report in English: headings, figures, page numbers, a tagged Letter-size PDF', async () => {
    const file = await callOk(dispatch, 'reports.quarterly.generate', { quarter, format: 'pdf', language: 'en' });
    expect(file.fileName).toBe('quarterly-report-2026-Q3-draft.pdf');
    const text = await textOf(file);
    expect(text).toContain('Quarterly report to funders and government');
    expect(text).toContain('Fraser Valley Migrant Worker Network');
    expect(text).toContain('Reporting period: 2026–27 Q3 (October 1, 2026 – December 31, 2026)');
    expect(text).toContain('Participation by stakeholder category');
    expect(text).toContain('Unions and labour organisations 12 12');
    // Three employers are too few to name: grouped, and their count hidden; the workers' hidden to protect it.
    expect(text).toContain('Other categories (grouped) <10 <10');
    expect(text).toContain('Current migrant workers x x');
    expect(text).toContain('Total 27 27');
    expect(text).toContain('Figure 1. Distinct participants by stakeholder category');
    expect(text).toContain('Evening plenary drew our largest turnout.');
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).toContain('Appendix: protecting identities');
    const info = await pdfInfo(pdfOf(file));
    expect(info.Tagged).toBe('yes');
    expect(info['Page size']).toContain('612 x 792');
  });

  it('the quarterly report in French, with French typography and the French name and narrative', async () => {
    const text = await textOf(await callOk(dispatch, 'reports.quarterly.generate', { quarter, format: 'pdf', language: 'fr' }));
    expect(text).toContain('Rapport trimestriel aux bailleurs de fonds et au gouvernement');
    expect(text).toContain('Réseau des travailleurs migrants de la vallée du Fraser');
    expect(text).toContain('Période visée : T3 2026-2027 (1er octobre 2026 – 31 décembre 2026)');
    expect(text).toContain('Participation par catégorie de parties prenantes');
    expect(text).toContain('Syndicats et organisations syndicales 12 12');
    expect(text).toContain('Autres catégories (regroupées) <10 <10');
    expect(text).toContain('La plénière du soir a attiré le plus de monde.');
    expect(text).toContain('Annexe : protection des identités');
    expect(text).toMatch(/Page 1 de \d+/);
    expect(text).not.toContain('Evening plenary');
  });

  for (const language of ['en', 'fr'] as const) {
    it(`the shared minutes in ${language === 'en' ? 'English' : 'French'}, every script the ledger holds included`, async () => {
      const text = await textOf(
        await callOk(dispatch, 'reports.minutes.generate', { meetingId: plenaryId, language, audience: 'shared', format: 'pdf', confirmedHits: [] }),
      );
      expect(text).toContain(language === 'en' ? 'Attendance' : 'Présences');
      expect(text).toContain(language === 'en' ? 'Date: December 5, 2026' : 'Date : 5 décembre 2026');
      expect(text).toContain(language === 'en' ? 'Other categories (grouped) <10 0' : 'Autres catégories (regroupées) <10 0');
      expect(text).toContain(language === 'en' ? 'Unions and labour organisations 12 0' : 'Syndicats et organisations syndicales 12 0');
      expect(text).toContain('ਪੰਜਾਬੀ ਕਾਮਿਆਂ ਨੇ ਗੱਲ ਕੀਤੀ।');
      expect(text).toContain('中文工人发言。');
      expect(text).toContain('Người lao động Việt Nam phát biểu.');
      expect(text).toContain(language === 'en' ? 'Owner: Coordinator' : 'Responsable : Coordinator');
      expect(text).toMatch(language === 'en' ? /Page 1 of \d/ : /Page 1 de \d/);
    });

    it(`the plenary packet in ${language === 'en' ? 'English' : 'French'}`, async () => {
      const text = await textOf(
        await callOk(dispatch, 'reports.plenaryPacket.generate', { meetingId: springPlenaryId, language, format: 'pdf', confirmedHits: [] }),
      );
      expect(text).toContain(language === 'en' ? 'Plenary packet: Spring plenary' : 'Trousse de la plénière : Spring plenary');
      expect(text).toContain(language === 'en' ? 'Agenda' : 'Ordre du jour');
      expect(text).toContain(language === 'en' ? 'March 13, 2027' : '13 mars 2027');
      expect(text).toContain('中文工人发言。');
      expect(text).toContain('Write to ESDC about housing');
    });
  }

  it('is a release like the .docx: recorded as PDF, fingerprinted, publishing the same cells', async () => {
    const docx = await callOk(dispatch, 'reports.minutes.generate', { meetingId: plenaryId, language: 'en', audience: 'shared', format: 'docx', confirmedHits: [] });
    const pdf = await callOk(dispatch, 'reports.minutes.generate', { meetingId: plenaryId, language: 'en', audience: 'shared', format: 'pdf', confirmedHits: [] });
    const { items } = await callOk(dispatch, 'reports.releases.list', { limit: 200 });
    const [pdfRelease, docxRelease] = items;
    expect(pdfRelease).toMatchObject({ documentKind: 'minutes_shared', format: 'pdf', fileName: pdf.fileName });
    expect(docxRelease).toMatchObject({ documentKind: 'minutes_shared', format: 'docx', fileName: docx.fileName });
    expect(pdfRelease!.fileSha256).toBe(crypto.createHash('sha256').update(pdfOf(pdf)).digest('hex'));
    const cells = async (releaseId: number) => (await callOk(dispatch, 'reports.releases.cells', { releaseId })).cells;
    expect(await cells(pdfRelease!.id)).toEqual(await cells(docxRelease!.id));
    expect((await cells(pdfRelease!.id)).some((cell) => cell.state !== 'shown')).toBe(true);
  });

  it('waits, like the .docx, for the coordinator to confirm a worker named in the text', async () => {
    const section = (await callOk(dispatch, 'minutes.get', { meetingId: plenaryId }))!.sections[0]!;
    await callOk(dispatch, 'minutes.section.update', { sectionId: section.id, notes: `${multilingual}\n${workerName} spoke first.`, decisions: '' });
    const refused = await dispatch('reports.minutes.generate', { meetingId: plenaryId, language: 'fr', audience: 'shared', format: 'pdf' });
    expect(refused.ok ? null : refused.error.code).toBe('conflict');
    const { hits } = await callOk(dispatch, 'reports.meeting.redactionCheck', { meetingId: plenaryId, document: 'minutes_shared' });
    const file = await callOk(dispatch, 'reports.minutes.generate', {
      meetingId: plenaryId,
      language: 'fr',
      audience: 'shared',
      format: 'pdf',
      confirmedHits: hits.map((hit) => hit.key),
    });
    expect(await textOf(file)).toContain(`${workerName} spoke first.`);
  });
});
