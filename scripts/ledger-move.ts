// npm run ledger:move -- --from <ledger.sqlite> --to postgres://role:password@server/database
// Copies every table of an SQLite ledger into an empty PostgreSQL database, then compares every table
// (row count and SHA-256) and says so. The SQLite file is only read.
import { moveLedgerToPostgres } from '../electron/ledger/move/move-ledger';
import { displayedDatabaseUrl } from '../electron/ledger/postgres/pg-pool';

function option(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const inline = argv.find((arg) => arg.startsWith(`--${name}=`));
  if (inline) return inline.slice(name.length + 3);
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const from = option('from');
  const to = option('to') ?? process.env.SECRETARIAT_DATABASE_URL;
  if (!from || !to) {
    console.error('Usage: npm run ledger:move -- --from <ledger.sqlite> --to postgres://role:password@server/database');
    process.exit(2);
  }
  console.log(`Moving ${from} to ${displayedDatabaseUrl(to)}…`);
  const report = await moveLedgerToPostgres({ from, to });
  for (const table of report.tables) {
    const mark = table.identical ? 'identical' : 'DIFFERENT';
    console.log(`  ${table.table.padEnd(34)} ${String(table.postgres.rows).padStart(8)} rows  ${mark}  ${table.postgres.sha256.slice(0, 16)}`);
  }
  if (report.notCopied.length > 0) console.log(`  Not copied (SQLite's own search-index storage; the server keeps its own): ${report.notCopied.join(', ')}`);
  if (!report.identical) {
    console.error('Some tables differ after the move (marked DIFFERENT above). Do not use the server ledger; the SQLite file is unchanged.');
    process.exit(1);
  }
  console.log(`Every table is identical on the server. ${from} was not changed; keep it as the last copy from before the move.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
