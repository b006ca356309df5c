import fs from 'node:fs';
import path from 'node:path';
import { openLedger } from '../electron/ledger/ledger';
import { insertMembers } from '../electron/ledger/members/member-repository';
import { generateDemoMembers } from '../electron/demo/generate-demo-members';
import { BackupStore } from '../electron/ledger/backups/backup-store';
import { problemRestoring, putBackupInPlace } from '../electron/ledger/backups/ledger-swap';
import { migrations } from '../electron/ledger/migrations';
import { median, tempDir, timeMs, type BenchFigure } from './bench-support';

/** The benchmark-scale ledger: the same 20,000 members as the members benchmark (more tables later). */
const memberCount = 20_000;
const rounds = 5;

/**
 * npx tsx bench/backup-bench.ts: how long a verified backup (backup API, integrity and foreign-key
 * checks, rename, rotation) and the checks and copy of a restore take on a benchmark-scale ledger.
 */
export async function runBackupBench(): Promise<BenchFigure[]> {
  const dataDir = tempDir('secretariat-backup-bench-');
  try {
    const ledger = await openLedger({ path: path.join(dataDir, 'ledger.sqlite') });
    const drafts = generateDemoMembers({ memberCount, seed: 2026 });
    await ledger.write('bench.seed', (trx) => insertMembers(trx, drafts, new Date().toISOString()));
    const store = new BackupStore({ dataDir });

    const backupTimes: number[] = [];
    let lastBackup = '';
    // CPU time as well as wall time: on a busy machine the wall time mostly measures the disk queue.
    const cpuBefore = process.cpuUsage();
    for (let round = 0; round < rounds; round++) {
      backupTimes.push(
        await timeMs(async () => {
          const backup = await store.create(ledger.sqlite, 'manual');
          lastBackup = store.pathOf(backup);
        }),
      );
    }
    const cpu = process.cpuUsage(cpuBefore);
    const cpuPerBackupMs = (cpu.user + cpu.system) / 1000 / rounds;
    const sizeMb = fs.statSync(lastBackup).size / 1024 / 1024;
    const checkTime = await timeMs(() => problemRestoring(lastBackup, migrations));
    const restoreTarget = path.join(dataDir, 'restored.sqlite');
    const copyTime = await timeMs(() => putBackupInPlace(lastBackup, restoreTarget));
    await ledger.close();

    return [
      { name: `Verified backup of ${memberCount.toLocaleString('en')} members (median of ${rounds})`, value: median(backupTimes), unit: 'ms' },
      { name: 'CPU time of one verified backup', value: cpuPerBackupMs, unit: 'ms' },
      { name: 'Backup file size', value: sizeMb, unit: ' MB' },
      { name: 'Restore: full check of the chosen backup', value: checkTime, unit: 'ms' },
      { name: 'Restore: checked copy into place', value: copyTime, unit: 'ms' },
    ];
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void import('./bench-support').then(async ({ formatFigure }) => {
    for (const figure of await runBackupBench()) console.log(formatFigure(figure));
  });
}
