import path from 'node:path';
import { fiscalQuarterKey } from '../shared/domain/fiscal-quarter';
import { openLedger } from '../electron/ledger/ledger';
import { buildQuarterlyDocx } from '../electron/reports/quarterly/build-quarterly-docx';
import { buildQuarterlyXlsx } from '../electron/reports/quarterly/build-quarterly-xlsx';
import { gatherQuarterlyReport } from '../electron/reports/quarterly/quarterly-report-query';
import { publishQuarterlyReport } from '../electron/reports/quarterly/publish-quarterly-report';
import { quarterlyCharts } from '../electron/reports/quarterly/quarterly-charts';
import { decideDisclosure, type DisclosureDecision } from '../electron/reports/disclosure/decide-disclosure';
import type { DocumentDisclosure } from '../electron/reports/privacy';
import { quarterReleasePlan } from './quarter-release-plan';
import { median, tempDir, timeMs, type BenchFigure } from './bench-support';
import { baselineContent, writeDocxWithLibrary, writeXlsxWithStreamingWriter } from './report-baselines';
import { seedReportLedger } from './seed-report-ledger';

export const reportBenchScale = {
  members: 20_000,
  meetings: 2_000,
  attendance: 200_000,
  bookings: 5_000,
  recommendations: 500,
};
const quarter = { fiscalYear: 2026, quarter: 3 } as const;

/** Alternates the two sides so warm-up and machine noise fall on both alike. */
async function compare(
  runs: number,
  ours: () => Promise<unknown>,
  theirs: () => Promise<unknown>,
): Promise<{ ours: number; theirs: number }> {
  const oursTimes: number[] = [];
  const theirsTimes: number[] = [];
  await ours();
  await theirs();
  for (let run = 0; run < runs; run += 1) {
    oursTimes.push(await timeMs(ours));
    theirsTimes.push(await timeMs(theirs));
  }
  return { ours: median(oursTimes), theirs: median(theirsTimes) };
}

/** The quarterly report at benchmark scale, against exceljs's streaming writer and the docx library. */
export async function runReportBench(runs = 7): Promise<BenchFigure[]> {
  const ledger = await openLedger({ path: path.join(tempDir('secretariat-report-bench-'), 'ledger.sqlite') });
  try {
    const seedMs = await timeMs(() => seedReportLedger(ledger, reportBenchScale, 2026));
    const gatherTimes: number[] = [];
    let data = await gatherQuarterlyReport(ledger.db, quarter, { status: 'draft', generatedOn: '2027-01-10', language: 'en' });
    for (let run = 0; run < 3; run += 1) {
      gatherTimes.push(
        await timeMs(async () => {
          data = await gatherQuarterlyReport(ledger.db, quarter, { status: 'draft', generatedOn: '2027-01-10', language: 'en' });
        }),
      );
    }
    // The quarter's shared documents at once: the report and the shared minutes of every held meeting.
    const plan = await quarterReleasePlan(ledger.db, quarter, data);
    let decision: DisclosureDecision = await decideDisclosure(plan);
    const disclosure: DocumentDisclosure = { states: decision.states, withheld: decision.withheld, earlierReleases: 0 };
    // The charts are drawn once, outside the timed runs, and both sides are given them.
    const chartTimes: number[] = [];
    for (let run = 0; run < 3; run += 1) chartTimes.push(await timeMs(() => quarterlyCharts(publishQuarterlyReport(data, 'en', disclosure))));
    const charts = quarterlyCharts(publishQuarterlyReport(data, 'en', disclosure));
    const content = baselineContent(data, disclosure, charts);
    const xlsx = await compare(
      runs,
      () => buildQuarterlyXlsx(data, 'en', disclosure, charts),
      () => writeXlsxWithStreamingWriter(content),
    );
    const docx = await compare(
      runs,
      () => buildQuarterlyDocx(data, 'en', disclosure, charts),
      () => writeDocxWithLibrary(content),
    );
    const audit = await compare(
      runs,
      async () => {
        decision = await decideDisclosure(plan);
      },
      // Against the .docx as the app builds it for the coordinator: its charts drawn too.
      () => buildQuarterlyDocx(data, 'en', disclosure),
    );
    const hidden = [...decision.states.values()].filter((state) => state !== 'shown');
    return [
      {
        name: 'Seed 20,000 members, 2,000 meetings, 200,000 attendance rows, 5,000 bookings',
        value: seedMs,
        unit: 'ms',
      },
      { name: 'Gather the quarterly figures from the ledger (median)', value: median(gatherTimes), unit: 'ms' },
      { name: 'The two charts: ECharts SVG and resvg PNG (median)', value: median(chartTimes), unit: 'ms' },
      { name: 'Quarterly .xlsx from gathered figures and drawn charts (median)', value: xlsx.ours, unit: 'ms' },
      { name: 'exceljs streaming writer, same cells (median)', value: xlsx.theirs, unit: 'ms' },
      {
        name: 'Quarterly .xlsx vs exceljs streaming writer',
        value: xlsx.ours / xlsx.theirs,
        unit: 'x',
        goal: { max: 1.3, unit: 'x' },
      },
      { name: 'Quarterly .docx from gathered figures and drawn charts (median)', value: docx.ours, unit: 'ms' },
      { name: 'docx library, same content (median)', value: docx.theirs, unit: 'ms' },
      {
        name: 'Quarterly .docx vs docx library',
        value: docx.ours / docx.theirs,
        unit: 'x',
        goal: { max: 1.1, unit: 'x' },
      },
      {
        name: `Disclosure audit and suppression of the quarter: report + shared minutes of ${plan.facts.heldMeetingsByQuarter.get(fiscalQuarterKey(quarter))?.length ?? 0} meetings, ${plan.newCells.length} cells (median)`,
        value: audit.ours,
        unit: 'ms',
      },
      {
        name: `  of which hidden: ${hidden.length} (${hidden.filter((state) => state === 'complementary').length} to protect others); LP problems solved per audit`,
        value: decision.problemsSolved.linear,
        unit: '',
      },
      { name: '  integer problems solved per audit (branch and bound)', value: decision.problemsSolved.integer, unit: '' },
      {
        name: 'Audit and suppression vs building the quarterly .docx, charts drawn',
        value: audit.ours / audit.theirs,
        unit: 'x',
        goal: { max: 1.0, unit: 'x' },
      },
    ];
  } finally {
    await ledger.close();
  }
}

if (require.main === module) {
  void import('./bench-support').then(async ({ formatFigure }) => {
    for (const figure of await runReportBench()) console.log(formatFigure(figure));
  });
}
