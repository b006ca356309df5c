import { describe, expect, it } from 'vitest';
import { buildQuarterlyPrintView } from '../../../electron/reports/quarterly/build-quarterly-print-view';
import type { QuarterlyReportData } from '../../../electron/reports/quarterly/quarterly-report-data';
import { sampleDisclosure, sampleQuarterlyData } from '../../support/sample-quarterly-data';

const nbsp = '\u00A0';
/** Moves participants between two hidden cells of a column: the true total printed stays the same. */
const moveParticipants = (data: QuarterlyReportData, from: string, to: string, count: number): QuarterlyReportData => ({
  ...data,
  participationByCategory: data.participationByCategory.map((row) =>
    row.category === from
      ? { ...row, participants: row.participants - count }
      : row.category === to
        ? { ...row, participants: row.participants + count }
        : row,
  ),
});

describe('the print view Chromium prints to PDF', () => {
  it('says its language, uses real table headers, and spaces French the French way', async () => {
    const data = sampleQuarterlyData();
    const html = buildQuarterlyPrintView(data, 'fr', await sampleDisclosure(data), 'rapport-trimestriel-2026-Q3-draft');
    expect(html).toMatch(/^<!doctype html>\s*<html lang="fr-CA">/);
    expect(html).toContain('<title>rapport-trimestriel-2026-Q3-draft</title>');
    expect(html).toContain(`Période visée${nbsp}:</span> T3 2026-2027 (1er octobre 2026 – 31 décembre 2026)`);
    expect(html).toContain(`<th scope="col">Catégorie de parties prenantes</th>`);
    expect(html.match(/<thead>/g)?.length).toBe(html.match(/<table>/g)?.length);
    expect(html).toContain(`2${nbsp}938,50${nbsp}$`);
    // The page footer, numbered by the browser's paged media: "… · Ébauche · Page 3 de 7".
    expect(html).toMatch(/@bottom-center \{ content: ".* · Ébauche · Page " counter\(page\) " de " counter\(pages\)/);
    // Each chart inline, named for readers who cannot see it.
    expect(html).toMatch(/<div class="chart" role="img" aria-label="Graphique à barres des participants distincts/);
  });

  it('escapes the coordinator’s text: a narrative cannot add markup or script to the view', async () => {
    const data = sampleQuarterlyData({
      networkName: 'Réseau "A" & <b>B</b>',
      narrative: { highlights: '<script>alert(1)</script><img src=x onerror=alert(2)>', challenges: '', lessonsLearned: '' },
    });
    const html = buildQuarterlyPrintView(data, 'en', await sampleDisclosure(data), 'quarterly');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Réseau &quot;A&quot; &amp; &lt;b&gt;B&lt;/b&gt;');
    // In the footer too, where the name is a CSS string.
    expect(html).toContain('content: "Réseau \\"A\\" & \\3C b>B\\3C /b> — 2026–27 Q3 · Draft · Page "');
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it('is the same page whatever the true values of hidden counts behind the same totals', async () => {
    const data = sampleQuarterlyData();
    const disclosure = await sampleDisclosure(data);
    const published = buildQuarterlyPrintView(data, 'en', disclosure, 'quarterly');
    // Former migrant workers (7) and employers (3) are both shown "<10": 1 and 9, or 4 and 6, read the same.
    for (const moved of [6, 3, -2]) {
      const other = moveParticipants(data, 'former_migrant_worker', 'employer', moved);
      expect(buildQuarterlyPrintView(other, 'en', disclosure, 'quarterly')).toBe(published);
    }
  });
});
