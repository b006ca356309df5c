import { describe, expect, it } from 'vitest';
import {
  heading,
  paragraph,
  tableBlock,
  type ReportDocument,
} from '../../../electron/reports/document/report-document';
import { number, text, type ReportTable } from '../../../electron/reports/document/report-table';
import { renderDocx } from '../../../electron/reports/docx/render-docx';
import { renderPrintHtml } from '../../../electron/reports/html/render-print-html';
import { reportFormat } from '../../../electron/reports/text/report-format';
import { readZip } from '../../support/read-zip';

const format = reportFormat('en');
const table = (headers: string[], label = 'Row'): ReportTable => ({
  sheetName: 'T',
  title: 'T',
  columns: headers.map((header) => ({ header })),
  rows: [[text(label), ...headers.slice(1).map((_, index) => number(index * 1000))]],
});
const documentOf = (content: ReportTable): ReportDocument => ({
  title: 'Layout',
  language: 'en',
  format,
  threshold: 10,
  footer: { what: 'Layout', status: 'Draft', page: 'Page', of: 'of' },
  cover: [],
  body: [paragraph('Before'), heading('Wide table'), tableBlock(content, format, 10), heading('After')],
});
const sectionOrientations = (docx: Buffer) =>
  [
    ...readZip(docx)
      .get('word/document.xml')!
      .toString('utf8')
      .matchAll(/<w:pgSz[^>]*>/g),
  ].map((size) => (/w:orient="landscape"/.test(size[0]) ? 'landscape' : 'portrait'));

describe('table layout', () => {
  it('gives every column at least its longest word, and the row labels the room left', () => {
    const block = tableBlock(
      table(
        ['Stakeholder category', 'Participants', 'Government responses'],
        'Groupes de défense et de base des travailleurs',
      ),
      format,
      10,
    );
    const [label, participants, responses] = block.layout.columnWidths;
    expect(block.layout).toMatchObject({ orientation: 'portrait', textScale: 1 });
    expect(label! + participants! + responses!).toBeCloseTo(1);
    // "Government" and "responses" each fit their column; the long label gets the most room.
    expect(label!).toBeGreaterThan(responses!);
    expect(responses! * 45.3).toBeGreaterThan('Government'.length * 0.5);
  });

  it('sets a table a little too wide in smaller type, and one much too wide on landscape pages', async () => {
    // The French recommendations table: a little too wide in the body's type.
    const somewhatWide = [
      'Type',
      'Rédigées',
      'Déposées',
      'Adoptées',
      'Rejetées',
      'Reportées',
      'Réponses du gouvernement',
    ];
    expect(tableBlock(table(somewhatWide, 'Financement'), format, 10).layout).toMatchObject({
      orientation: 'portrait',
      textScale: 0.9,
    });
    const wide = Array.from({ length: 12 }, (_, index) => `Consultation ${index + 1}`);
    const block = tableBlock(table(wide), format, 10);
    expect(block.layout.orientation).toBe('landscape');

    // Word: the wide table and its heading in a landscape section, portrait pages before and after.
    expect(sectionOrientations(await renderDocx(documentOf(table(wide))))).toEqual([
      'portrait',
      'landscape',
      'portrait',
    ]);
    expect(sectionOrientations(await renderDocx(documentOf(table(['Kind', 'Held']))))).toEqual(['portrait']);
    // The print view: the same table and heading on a named landscape page.
    const html = renderPrintHtml(documentOf(table(wide)), 'layout');
    expect(html).toMatch(/<p>Before<\/p>\n<section class="wide"><h1 id="section-2">Wide table<\/h1><div class="keep">/);
    expect(html).toContain('@page wide { size: letter landscape; }');
  });
});
