import { describe, expect, it } from 'vitest';
import { buildQuarterlyDocx } from '../../../electron/reports/quarterly/build-quarterly-docx';
import { buildQuarterlyXlsx } from '../../../electron/reports/quarterly/build-quarterly-xlsx';
import type { QuarterlyReportData } from '../../../electron/reports/quarterly/quarterly-report-data';
import { docxTables, mediaFiles, svgTexts } from '../../support/docx-tables';
import { sampleDisclosure, sampleQuarterlyData } from '../../support/sample-quarterly-data';

/**
 * Written as a reader of the files: the tables and the charts are read back from the .docx the
 * report builder wrote, never from the code that drew them.
 */
const okabeItoBars = ['#0072B2', '#D55E00'];

function charts(bytes: Buffer): string[] {
  return [...mediaFiles(bytes)].filter(([name]) => name.endsWith('.svg')).map(([, svg]) => svg.toString('utf8'));
}

/** Bars are the filled rectangles in the bar colours that have a length: "M x y l w 0 l 0 h l -w 0 Z". */
function barLengths(svg: string): number[] {
  return [...svg.matchAll(/<path d="M[\d.]+ [\d.]+l([\d.]+) 0l0 [\d.]+l-[\d.]+ 0Z" fill="(#[0-9A-F]{6})"/g)]
    .filter((match) => okabeItoBars.includes(match[2]!))
    .map((match) => Number(match[1]))
    .filter((length) => length > 0);
}

function tableTitled(bytes: Buffer, firstHeader: string): string[][] {
  const table = docxTables(bytes).find((rows) => rows[0]?.[0] === firstHeader);
  if (!table) throw new Error(`No table starting with ${firstHeader}`);
  return table;
}

const withParticipants = (data: QuarterlyReportData, category: string, participants: number): QuarterlyReportData => ({
  ...data,
  participationByCategory: data.participationByCategory.map((row) =>
    row.category === category ? { ...row, participants } : row,
  ),
});

describe('the quarterly report’s charts', () => {
  for (const language of ['en', 'fr'] as const) {
    it(`name every category and print every value of their table, in ${language === 'en' ? 'English' : 'French'}`, async () => {
      const data = sampleQuarterlyData();
      const bytes = await buildQuarterlyDocx(data, language, await sampleDisclosure(data));
      const [participationChart, costChart] = charts(bytes);
      const participation = tableTitled(
        bytes,
        language === 'en' ? 'Stakeholder category' : 'Catégorie de parties prenantes',
      );
      const interpretation = tableTitled(bytes, language === 'en' ? 'Language' : 'Langue');
      const body = (rows: string[][]) => rows.slice(1, -1); // header and totals rows off
      const participationTexts = svgTexts(participationChart!);
      for (const [category, participants] of body(participation)) {
        expect(participationTexts).toContain(category);
        expect(participationTexts).toContain(participants);
      }
      const costTexts = svgTexts(costChart!);
      for (const [languageName, , , cost] of body(interpretation)) {
        expect(costTexts).toContain(languageName);
        expect(costTexts).toContain(cost);
      }
      // One bar per shown, non-zero count; a hidden one ("<10", "x") is a marker, never a bar.
      const shown = body(participation).filter(([, participants]) => /^\d/.test(participants!) && participants !== '0');
      const hidden = body(participation).filter(([, participants]) => !/^\d/.test(participants!));
      expect(hidden.length).toBeGreaterThan(0);
      expect(barLengths(participationChart!)).toHaveLength(shown.length);
    });
  }

  it('are the same picture whatever the true value of a hidden count', async () => {
    const data = sampleQuarterlyData();
    const disclosure = await sampleDisclosure(data);
    // Former migrant workers: 7 took part, shown "<10". Had it been 1 or 9, the reader must see the same chart.
    const asPublished = charts(await buildQuarterlyDocx(data, 'en', disclosure));
    for (const truth of [1, 9]) {
      const other = charts(
        await buildQuarterlyDocx(withParticipants(data, 'former_migrant_worker', truth), 'en', disclosure),
      );
      expect(other).toEqual(asPublished);
    }
    // And the hidden count's true value is nowhere in the chart's text.
    const texts = svgTexts(asPublished[0]!);
    expect(texts).toContain('<10');
    expect(texts).not.toContain('7');
  });

  it('are on the workbook’s Summary sheet as pictures', async () => {
    const data = sampleQuarterlyData();
    const bytes = await buildQuarterlyXlsx(data, 'en', await sampleDisclosure(data));
    const pngs = [...mediaFiles(bytes)].filter(([name]) => name.endsWith('.png'));
    expect(pngs).toHaveLength(2);
    for (const [, png] of pngs) expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const drawing = [...mediaFiles(bytes).keys()];
    expect(drawing.every((name) => name.startsWith('xl/media/'))).toBe(true);
  });
});
