import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildQuarterlyDocx } from '../../../electron/reports/quarterly/build-quarterly-docx';
import { buildQuarterlyXlsx } from '../../../electron/reports/quarterly/build-quarterly-xlsx';
import { docxHeadings, docxParagraphs, readZip } from '../../support/read-zip';
import { sampleDisclosure, sampleQuarterlyData } from '../../support/sample-quarterly-data';
import type { QuarterlyReportData } from '../../../electron/reports/quarterly/quarterly-report-data';

const docx = async (data: QuarterlyReportData, language: 'en' | 'fr') =>
  buildQuarterlyDocx(data, language, await sampleDisclosure(data));
const xlsx = async (data: QuarterlyReportData, language: 'en' | 'fr') =>
  buildQuarterlyXlsx(data, language, await sampleDisclosure(data));

async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const everyC0 = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join('');

describe('quarterly report .docx', () => {
  it('has the headings Word navigates by and the page-numbered footer', async () => {
    const bytes = await docx(sampleQuarterlyData(), 'en');
    const headings = docxHeadings(bytes).map((heading) => heading.text);
    expect(headings).toEqual(
      expect.arrayContaining([
        'Summary',
        'Meetings held',
        'Participation by stakeholder category',
        'Interpretation',
        'Membership',
        'Narrative',
        'Appendix: protecting identities',
      ]),
    );
    const footer = readZip(bytes).get('word/footer1.xml')!.toString('utf8');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('Draft');
    // Each chart twice: the SVG, and the PNG fallback Word shows where it cannot draw SVG.
    const media = [...readZip(bytes).keys()].filter((name) => name.startsWith('word/media/'));
    expect(media.filter((name) => name.endsWith('.svg'))).toHaveLength(2);
    expect(media.filter((name) => name.endsWith('.png'))).toHaveLength(2);
  });

  it('shows counts of 10 or more and hides smaller ones, with the appendix count matching the markers', async () => {
    const data = sampleQuarterlyData();
    const paragraphs = docxParagraphs(await docx(data, 'en'));
    const joined = paragraphs.join('\n');
    // Current migrant workers: 42 participants (shown); former: 7 (below 10).
    expect(joined).toContain('Current migrant workers taking part: 42');
    expect(joined).toContain('Former migrant workers taking part: <10');
    const markerCells = paragraphs.filter((text) => text === '<10' || text === 'x').length;
    const note = /(\d+) cells? (?:is|are) hidden to protect identities/.exec(joined);
    expect(Number(note?.[1])).toBe(markerCells);
    // The true total of participants is published as is.
    const total = data.participationByCategory.reduce((sum, row) => sum + row.participants, 0);
    expect(paragraphs).toContain(String(total));
  });

  it('is in French when asked', async () => {
    const headings = docxHeadings(await docx(sampleQuarterlyData(), 'fr')).map((heading) => heading.text);
    expect(headings).toContain('Participation par catégorie de parties prenantes');
    // A no-break space before the colon, as French typography wants it.
    expect(headings).toContain('Annexe\u00A0: protection des identités');
  });

  it('strips control characters from a hostile name and keeps the rest', async () => {
    const hostile = `=HYPERLINK("http://x")${everyC0}Réseau`;
    const bytes = await docx(
      sampleQuarterlyData({
        networkName: hostile,
        narrative: { highlights: hostile, challenges: '', lessonsLearned: '' },
      }),
      'en',
    );
    const xml = readZip(bytes).get('word/document.xml')!.toString('utf8');

    expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)).toBe(false);
    const paragraphs = docxParagraphs(bytes);
    expect(paragraphs.some((text) => text.startsWith('=HYPERLINK("http://x")'))).toBe(true);
    expect(paragraphs.some((text) => text.includes('Réseau'))).toBe(true);
  });
});

describe('rare rows', () => {
  it('folds a language used by fewer than the threshold into "Other languages" and says so', async () => {
    const data = sampleQuarterlyData({
      interpretationByLanguage: [
        { language: 'es', users: 38, sessions: 6, minutes: 720, costCents: 151_200 },
        { language: 'asl', users: 1, sessions: 1, minutes: 120, costCents: 30_000 },
      ],
    });
    const text = docxParagraphs(await docx(data, 'en')).join('\n');
    expect(text).not.toContain('American Sign Language');
    expect(text).toContain('Other languages (grouped)');
    expect(text).toMatch(/interpretation languages used by fewer than 10 people, are grouped/);
    const french = docxParagraphs(await docx(data, 'fr')).join('\n');
    expect(french).not.toContain('Langue des signes');
    expect(french).toContain('Autres langues (regroupées)');
  });

  it('folds categories with few members into "Other categories", never one alone', async () => {
    const data = sampleQuarterlyData();
    const membership = data.membershipByCategory.map((row) =>
      row.category === 'foreign_government' ? { ...row, atStart: 2, joined: 1, left: 0, atEnd: 3 } : row,
    );
    const text = docxParagraphs(await docx({ ...data, membershipByCategory: membership }, 'en')).join('\n');
    expect(text).not.toContain('Foreign governments');
    expect(text).toContain('Other categories (grouped)');
    // "Other" holding one category would name it: the smallest other category joins it.
    expect(text).not.toContain('Settlement agencies');
    expect(text).toContain('Current migrant workers taking part: 42');
  });
});

describe('quarterly report .xlsx', () => {
  it('has a Summary sheet and one sheet per table, typed and filtered', async () => {
    const data = sampleQuarterlyData();
    const workbook = await readWorkbook(await xlsx(data, 'en'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Summary',
      'Meetings',
      'Participation',
      'Interpretation',
      'Recommendations',
      'Membership',
      'Funding by stream',
      'Funding reports',
      'Funded organisations',
      'protecting identities',
    ]);
    const interpretation = workbook.getWorksheet('Interpretation')!;
    expect(interpretation.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(interpretation.autoFilter).toBeTruthy();
    expect(interpretation.getCell('D2').value).toBe(1512);
    expect(interpretation.getCell('D2').numFmt).toContain('$');
    const expectedCost = data.interpretationByLanguage.reduce((sum, row) => sum + row.costCents, 0) / 100;
    expect(interpretation.getCell('D5').value).toEqual({ formula: 'SUM(D2:D4)', result: expectedCost });
    const summary = workbook.getWorksheet('Summary')!;
    const valueOf = (label: string) => summary.getColumn(2).values[summary.getColumn(1).values.indexOf(label)];
    expect((valueOf('Quarter starts') as Date).toISOString().slice(0, 10)).toBe('2026-10-01');
    expect(valueOf('Status')).toBe('Draft');
    expect((valueOf('Prepared on') as Date).toISOString().slice(0, 10)).toBe(data.generatedOn);
  });

  it('prints every sheet one page wide, header row repeated, with the document and page in the footer', async () => {
    const bytes = await xlsx(sampleQuarterlyData(), 'fr');
    const workbook = await readWorkbook(bytes);
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
      expect(sheet.headerFooter.oddFooter).toContain('Page &P de &N');
      expect(sheet.headerFooter.oddFooter).toContain('Ébauche');
    }
    const participation = workbook.getWorksheet('Participation')!;
    // French formats, tagged fr-CA: "1 613,31 $", "42 %".
    expect(participation.getCell('B2').numFmt).toBe('[$-C0C]#,##0');
    const styles = readZip(bytes).get('xl/styles.xml')!.toString('utf8');
    expect(styles).toContain('formatCode="[$-C0C]#,##0.00\\ [$$-C0C]"');
    // Column widths from content: the category column is wide enough for its longest label.
    expect(participation.getColumn(1).width).toBeGreaterThan('Autres organisations de la société civile'.length);
  });

  it('keeps hidden counts as markers and writes the true total as a value, not a formula over them', async () => {
    const data = sampleQuarterlyData();
    const participation = (await readWorkbook(await xlsx(data, 'en'))).getWorksheet('Participation')!;
    expect(participation.getCell('B2').value).toBe(42);
    expect(participation.getCell('B3').value).toBe('<10');
    const total = data.participationByCategory.reduce((sum, row) => sum + row.participants, 0);
    expect(participation.getCell(`B${data.participationByCategory.length + 2}`).value).toBe(total);
  });

  it('never turns a hostile name into a formula', async () => {
    const hostile = `=HYPERLINK("http://x")${everyC0}`;
    const bytes = await xlsx(sampleQuarterlyData({ networkName: hostile }), 'fr');
    const summary = (await readWorkbook(bytes)).getWorksheet('Sommaire')!;
    const value = String(summary.getCell('B2').value);
    expect(value.startsWith(`'=HYPERLINK("http://x")`)).toBe(true);

    expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(value)).toBe(false);
    const sheetXml = readZip(bytes).get('xl/worksheets/sheet1.xml')!.toString('utf8');
    expect(sheetXml).not.toContain('<f>HYPERLINK');
  });
});
