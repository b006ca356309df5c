import fs from 'node:fs';
import path from 'node:path';
import { openLedger } from '../electron/ledger/ledger';
import { insertMembers } from '../electron/ledger/members/member-repository';
import { generateDemoMembers } from '../electron/demo/generate-demo-members';
import { BackupStore } from '../electron/ledger/backups/backup-store';
import { withdrawEverywhere } from '../electron/ledger/withdrawal/withdraw-everywhere';
import { median, tempDir, timeMs, type BenchFigure } from './bench-support';

const memberCount = 20_000;
const rounds = 3;

/**
 * npx tsx bench/encryption-bench.ts: what encryption adds to a verified backup (as a ratio to a plain
 * one in the same run, so a slow machine does not move the goal), and how long a withdrawal takes to
 * reach the ledger, a plain backup and an encrypted one on a benchmark-scale ledger.
 */
export async function runEncryptionBench(): Promise<BenchFigure[]> {
  const dataDir = tempDir('secretariat-encryption-bench-');
  const drive = tempDir('secretariat-encryption-bench-drive-');
  try {
    const ledger = await openLedger({ path: path.join(dataDir, 'ledger.sqlite') });
    const drafts = generateDemoMembers({ memberCount, seed: 2026 });
    await ledger.write('bench.seed', (trx) => insertMembers(trx, drafts, new Date().toISOString()));
    const store = new BackupStore({ dataDir });

    const plainTimes: number[] = [];
    for (let round = 0; round < rounds; round++) plainTimes.push(await timeMs(() => store.create(ledger.sqlite, 'manual')));
    await store.keyring.setPassphrase('benchmark passphrase', new Date());
    store.setFolder(drive);
    const encryptedTimes: number[] = [];
    for (let round = 0; round < rounds; round++) encryptedTimes.push(await timeMs(() => store.create(ledger.sqlite, 'manual')));
    const backupCount = store.list().length;

    const withdrawal = await timeMs(() =>
      withdrawEverywhere(ledger, dataDir, 1, { scrubWithdrawals: (entries, known) => store.scrubWithdrawals({ entries, known, ledgerPath: ledger.path }) }),
    );
    await ledger.close();
    const ratio = median(encryptedTimes) / median(plainTimes);
    return [
      { name: `Encrypted verified backup of ${memberCount.toLocaleString('en')} members (median of ${rounds})`, value: median(encryptedTimes), unit: 'ms' },
      { name: 'Encrypted backup time / plain backup time', value: ratio, unit: 'x', goal: { max: 2.5, unit: 'x' } },
      { name: `Withdrawal: ledger and ${backupCount} backups (plain and encrypted)`, value: withdrawal, unit: 'ms' },
    ];
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(drive, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void import('./bench-support').then(async ({ formatFigure }) => {
    for (const figure of await runEncryptionBench()) console.log(formatFigure(figure));
  });
}
