// Run as a child process by the crash-safety test, which kills it with SIGKILL at a random moment.
// It writes batches of members forever, each batch one ledger.write: after the kill, every batch
// must be in the ledger whole or not at all.
import { openLedger } from '../../electron/ledger/ledger';
import { insertMembers } from '../../electron/ledger/members/member-repository';
import { generateDemoMembers } from '../../electron/demo/generate-demo-members';

export const crashBatchPrefix = 'crash-batch-';

async function main(): Promise<void> {
  const [ledgerPath, batchSizeText] = process.argv.slice(2);
  if (!ledgerPath || !batchSizeText) throw new Error('usage: crash-child LEDGER BATCH_SIZE');
  const drafts = generateDemoMembers({ memberCount: Number(batchSizeText), seed: process.pid });
  const ledger = await openLedger({ path: ledgerPath });
  process.stdout.write('ready\n');
  // The test kills this process within a second. Should the test itself die first, stop on our own
  // rather than write forever: an orphan (its parent gone) or a run far past any kill time ends here.
  const parent = process.ppid;
  const started = Date.now();
  for (let batch = 1; process.ppid === parent && Date.now() - started < 60_000; batch++) {
    const tag = `${crashBatchPrefix}${process.pid}-${batch}`;
    await ledger.write('test.crashBatch', async (trx, audit) => {
      await insertMembers(trx, drafts.map((draft) => ({ ...draft, notes: tag })), ledger.now().toISOString());
      audit.record({ entityType: 'ledger', entityId: null, changes: { batch: { from: null, to: tag } } });
    });
    process.stdout.write(`batch ${batch}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(String(error));
  process.exit(1);
});
