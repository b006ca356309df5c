import { formatFigure, type BenchFigure } from './bench-support';
import { runMembersBench } from './members-bench';
import { runReportBench } from './report-bench';

/** npm run bench: every speed and memory goal, measured on this machine. Nothing here is asserted in tests. */
const benches: [string, () => Promise<BenchFigure[]>][] = [
  ['Members', runMembersBench],
  ['Quarterly report', runReportBench],
];

async function main(): Promise<void> {
  for (const [title, run] of benches) {
    console.log(`\n## ${title}`);
    for (const figure of await run()) console.log(formatFigure(figure));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
