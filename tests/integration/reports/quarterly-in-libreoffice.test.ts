import { beforeAll, describe, expect, it } from 'vitest';
import { buildQuarterlyDocx } from '../../../electron/reports/quarterly/build-quarterly-docx';
import { buildQuarterlyXlsx } from '../../../electron/reports/quarterly/build-quarterly-xlsx';
import { docxTables } from '../../support/docx-tables';
import { normaliseSpaces, pdfTextViaLibreOffice, pdfViaLibreOffice } from '../../support/libreoffice';
import { pdfPageTexts, pixelsNear, renderPdfPage } from '../../support/pdf-pages';
import { sampleDisclosure, sampleQuarterlyData } from '../../support/sample-quarterly-data';
import type { QuarterlyReportData } from '../../../electron/reports/quarterly/quarterly-report-data';

const docx = async (data: QuarterlyReportData, language: 'en' | 'fr') =>
  buildQuarterlyDocx(data, language, await sampleDisclosure(data));
const xlsx = async (data: QuarterlyReportData, language: 'en' | 'fr') =>
  buildQuarterlyXlsx(data, language, await sampleDisclosure(data));

const everyC0 = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join('');
const hostileName = `=HYPERLINK("http://x")${everyC0}Réseau`;
/** The bar colours of the Okabe-Ito palette the charts use: blue, and vermillion for migrant workers. */
const blue = [0, 114, 178] as const;
const vermillion = [213, 94, 0] as const;

interface Printed {
  docx: Buffer;
  pdf: Buffer;
  pages: string[];
  text: string;
}
const printed: Partial<Record<'en' | 'fr', Printed>> = {};

beforeAll(async () => {
  for (const language of ['en', 'fr'] as const) {
    const data = sampleQuarterlyData(language === 'en' ? { networkName: hostileName } : {});
    const bytes = await docx(data, language);
    const pdf = await pdfViaLibreOffice(`quarterly-${language}.docx`, bytes);
    const pages = (await pdfPageTexts(pdf)).map(normaliseSpaces);
    printed[language] = { docx: bytes, pdf, pages, text: pages.join('\n') };
  }
}, 240_000);

describe('the quarterly report opens in LibreOffice', () => {
  it('as .docx in English, with headings, numbers and the privacy note', () => {
    const { text } = printed.en!;
    expect(text).toContain('Quarterly report to funders and');
    expect(text).toContain('Participation by stakeholder category');
    expect(text).toContain('Current migrant workers taking part: 42');
    expect(text).toContain('Former migrant workers taking part: <10');
    expect(text).toMatch(/Total\s+13\s+23\.0\s+\$2,938\.50/);
    expect(text).toMatch(/\d+ cells are hidden to protect identities/);
    expect(text).toContain('No other document shared with funders and government describes the same people');
    expect(text).toMatch(/Page 1 of \d/);
    expect(text).toContain('Réseau');
    expect(text).toContain('Reporting period: 2026–27 Q3 (October 1, 2026 – December 31, 2026)');
  });

  it('as .docx in French, with French typography', () => {
    const { text } = printed.fr!;
    expect(text).toContain('Rapport trimestriel');
    expect(text).toContain('Interprétation');
    expect(text).toContain('2 938,50 $');
    expect(text).toContain('Ébauche');
    expect(text).toContain('Période visée : T3 2026-2027 (1er octobre 2026 – 31 décembre 2026)');
    expect(text).toContain('Annexe : protection des identités');
  });

  for (const language of ['en', 'fr'] as const) {
    it(`shows the participation chart on its table’s page, not blank (${language})`, async () => {
      const { pdf, pages } = printed[language]!;
      const heading =
        language === 'en'
          ? 'Participation by stakeholder category'
          : 'Participation par catégorie de parties prenantes';
      const figurePage = pages.findIndex((page) => page.includes('Figure 1.'));
      expect(figurePage).toBeGreaterThan(0);
      // Kept with its table: the table's heading and its last row are on the figure's page.
      expect(pages[figurePage]).toContain(heading);
      expect(pages[figurePage]).toMatch(
        language === 'en' ? /Other civil society/ : /Autres organisations de la société civile/,
      );
      const pixels = await renderPdfPage(pdf, figurePage + 1, 60);
      expect(pixelsNear(pixels, blue)).toBeGreaterThan(400);
      expect(pixelsNear(pixels, vermillion)).toBeGreaterThan(40);
    }, 60_000);

    it(`breaks no word of a table inside it (${language})`, () => {
      const { docx: bytes, text } = printed[language]!;
      const words = new Set(
        docxTables(bytes).flatMap((table) => table.flatMap((row) => row.flatMap((cell) => cell.split(/\s+/)))),
      );
      const printedWords = new Set(normaliseSpaces(text).split(/[\s]+/));
      const broken = [...words].filter((word) => word.length > 3 && !printedWords.has(normaliseSpaces(word)));
      expect(broken).toEqual([]);
    });
  }

  it('as .xlsx in both languages, with the totals LibreOffice computes from the formulas', async () => {
    const english = normaliseSpaces(
      await pdfTextViaLibreOffice(
        'quarterly.xlsx',
        await xlsx(sampleQuarterlyData({ networkName: hostileName }), 'en'),
      ),
    );
    expect(english).toMatch(/Cells suppressed to protect identities\s+\d+/);
    expect(english).toContain('Distinct participants');
    expect(english).toMatch(/Total\s+13\s+23\.0\s+\$2,938\.50/);
    expect(english).toMatch(/Status\s+Draft/);
    expect(english).toMatch(/Prepared on\s+January 15, 2027/);
    // The hostile name stays text: LibreOffice shows it rather than a link or a formula error.
    expect(english).toContain('Réseau');
    expect(english).not.toMatch(/#NAME|Err:\d/);
    const french = normaliseSpaces(
      await pdfTextViaLibreOffice('trimestriel.xlsx', await xlsx(sampleQuarterlyData(), 'fr')),
    );
    expect(french).toContain('Participants distincts');
    expect(french).toMatch(/Statut\s+Ébauche/);
    expect(french).toMatch(/Préparé le\s+15 janvier 2027/);
    expect(french).toContain('2 938,50 $');
  }, 180_000);
});
