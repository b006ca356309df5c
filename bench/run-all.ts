import { formatFigure, type BenchFigure } from './bench-support';
import { runMembersBench } from './members-bench';
import { runBackupBench } from './backup-bench';
import { runEncryptionBench } from './encryption-bench';
import { runImportBench } from './import-bench';
import { runReportBench } from './report-bench';

async function importFigures(): Promise<BenchFigure[]> {
  const figures = await runImportBench();
  return [
    { name: `import of a ${figures.rows}-row .xlsx (read, check, commit)`, value: figures.totalMs, unit: ' ms', goal: { max: figures.goalMs, unit: ' ms' } },
    { name: 'of which CPU time', value: figures.cpuMs, unit: ' ms' },
    { name: 'peak RSS growth during the import', value: figures.peakRssGrowthMb, unit: ' MB' },
  ];
}

/** npm run bench: every speed and memory goal, measured on this machine. Nothing here is asserted in tests. */
const benches: [string, () => Promise<BenchFigure[]>][] = [
  ['Members', runMembersBench],
  ['Import', importFigures],
  ['Backups', runBackupBench],
  ['Encrypted backups and withdrawal', runEncryptionBench],
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
