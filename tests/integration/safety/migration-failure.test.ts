import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely, type Migration } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { openLedger } from '../../../electron/ledger/ledger';
import { LedgerOpenError } from '../../../electron/ledger/ledger-open-error';
import { migrations as appMigrations } from '../../../electron/ledger/migrations';

const latestMigrationName = Object.keys(appMigrations).sort().at(-1);
import { loadDemoNetwork } from '../../../electron/demo/load-demo-network';
import { makeTempDir } from '../../support/temp-ledger';
import { dumpTables } from '../../support/table-dump';

const brokenStep = '2099-01-01-599-broken-halfway';

/** Does real work (a new table, a changed row) and then throws, as a buggy migration would. */
const brokenMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createTable('half_done').addColumn('id', 'integer', (col) => col.primaryKey()).execute();
    await sql`update members set display_name = 'CHANGED BY BROKEN MIGRATION'`.execute(db);
    throw new Error('simulated failure halfway through');
  },
};

let dir = '';
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = '';
});

describe('a migration that throws halfway', () => {
  it('leaves the schema and data at the previous version, with a backup taken first', async () => {
    dir = makeTempDir();
    const file = path.join(dir, 'ledger.sqlite');
    const ledger = await openLedger({ path: file });
    await loadDemoNetwork(ledger, { memberCount: 50, seed: 3 });
    await ledger.close();
    const before = dumpTables(file);

    const error = await openLedger({ path: file, migrations: { ...appMigrations, [brokenStep]: brokenMigration } }).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(LedgerOpenError);
    expect((error as LedgerOpenError).problem).toBe('migration_failed');
    expect((error as LedgerOpenError).message).toContain(brokenStep);
    expect((error as LedgerOpenError).message).toContain('left as it was');

    expect(dumpTables(file)).toEqual(before);
    const sqlite = new BetterSqlite3(file, { readonly: true });
    const lastApplied = sqlite.prepare('select max(name) from kysely_migration').pluck().get();
    const halfDone = sqlite.prepare("select count(*) from sqlite_master where name = 'half_done'").pluck().get();
    sqlite.close();
    expect(lastApplied).toBe(latestMigrationName);
    expect(halfDone).toBe(0);

    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups.some((name) => name.startsWith('before-migration-'))).toBe(true);

    // The app that knows only the good migrations opens the ledger as before.
    const reopened = await openLedger({ path: file });
    expect(reopened.schemaVersion).toBe(latestMigrationName);
    await reopened.close();
  });
});
