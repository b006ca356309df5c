import { describe, expect, it } from 'vitest';
import { buildQuarterlyDocx } from '../../../electron/reports/quarterly/build-quarterly-docx';
import { buildQuarterlyXlsx } from '../../../electron/reports/quarterly/build-quarterly-xlsx';
import { normaliseSpaces, pdfTextViaLibreOffice } from '../../support/libreoffice';
import { sampleDisclosure, sampleQuarterlyData } from '../../support/sample-quarterly-data';
import type { QuarterlyReportData } from '../../../electron/reports/quarterly/quarterly-report-data';

const docx = async (data: QuarterlyReportData, language: 'en' | 'fr') =>
  buildQuarterlyDocx(data, language, await sampleDisclosure(data));
const xlsx = async (data: QuarterlyReportData, language: 'en' | 'fr') =>
  buildQuarterlyXlsx(data, language, await sampleDisclosure(data));

const everyC0 = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join('');
const hostileName = `=HYPERLINK("http://x")${everyC0}Réseau`;

describe('the quarterly report opens in LibreOffice', () => {
  it('as .docx in English, with headings, numbers and the privacy note', async () => {
    const data = sampleQuarterlyData({ networkName: hostileName });
    const text = normaliseSpaces(await pdfTextViaLibreOffice('quarterly.docx', await docx(data, 'en')));
    expect(text).toContain('Quarterly report to funders and');
    expect(text).toContain('Participation by stakeholder category');
    expect(text).toContain('Current migrant workers taking part: 42');
    expect(text).toContain('Former migrant workers taking part: <10');
    expect(text).toMatch(/Total\s+13\s+23\.0\s+\$2,938\.50/);
    expect(text).toMatch(/\d+ cells are hidden to protect identities/);
    expect(text).toContain('No other document shared with funders and government describes the same people');
    expect(text).toMatch(/Page 1 of \d/);
    expect(text).toContain('Réseau');
  }, 120_000);

  it('as .docx in French', async () => {
    const text = normaliseSpaces(
      await pdfTextViaLibreOffice('trimestriel.docx', await docx(sampleQuarterlyData(), 'fr')),
    );
    expect(text).toContain('Rapport trimestriel');
    expect(text).toContain('Interprétation');
    expect(text).toContain('2 938,50 $');
    expect(text).toContain('Ébauche');
  }, 120_000);

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
    // The hostile name stays text: LibreOffice shows it rather than a link or a formula error.
    expect(english).toContain('Réseau');
    expect(english).not.toMatch(/#NAME|Err:\d/);
    const french = normaliseSpaces(
      await pdfTextViaLibreOffice('trimestriel.xlsx', await xlsx(sampleQuarterlyData(), 'fr')),
    );
    expect(french).toContain('Participants distincts');
  }, 180_000);
});
