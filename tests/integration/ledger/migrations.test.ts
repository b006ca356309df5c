import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sql, type Kysely, type Migration } from 'kysely';
import BetterSqlite3 from 'better-sqlite3';
import { openLedger } from '../../../electron/ledger/ledger';
import { LedgerOpenError } from '../../../electron/ledger/ledger-open-error';
import { migrations } from '../../../electron/ledger/migrations';
import { makeTempDir } from '../../support/temp-ledger';
import { ledgerApplicationId } from '../../../electron/ledger/sqlite/ledger-identity';

const dirs: string[] = [];
function ledgerPath(): string {
  const dir = makeTempDir();
  dirs.push(dir);
  return path.join(dir, 'ledger.sqlite');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function appliedNames(file: string): string[] {
  const sqlite = new BetterSqlite3(file, { readonly: true });
  try {
    return (sqlite.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((row) => row.name);
  } finally {
    sqlite.close();
  }
}

function tableNames(file: string): string[] {
  const sqlite = new BetterSqlite3(file, { readonly: true });
  try {
    return (sqlite.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[]).map((row) => row.name);
  } finally {
    sqlite.close();
  }
}

function applicationIdOf(file: string): number {
  const sqlite = new BetterSqlite3(file, { readonly: true });
  try {
    return sqlite.pragma('application_id', { simple: true }) as number;
  } finally {
    sqlite.close();
  }
}

describe('ledger migrations', () => {
  it('creates a fresh ledger at the latest version', async () => {
    const file = ledgerPath();
    const ledger = await openLedger({ path: file });
    await ledger.close();
    expect(appliedNames(file)).toEqual(Object.keys(migrations).sort());
    expect(tableNames(file)).toEqual(expect.arrayContaining(['members', 'organisations', 'member_languages', 'audit_log', 'member_search']));
  });

  it('re-opening an up-to-date ledger changes nothing and takes no backup', async () => {
    const file = ledgerPath();
    await (await openLedger({ path: file })).close();
    await (await openLedger({ path: file })).close();
    expect(appliedNames(file)).toEqual(Object.keys(migrations).sort());
    expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
  });

  it('backs up an existing ledger with the backup API before migrating it', async () => {
    const file = ledgerPath();
    const [firstName, firstMigration] = Object.entries(migrations)[0]!;
    await (await openLedger({ path: file, migrations: { [firstName]: firstMigration } })).close();
    await (await openLedger({ path: file })).close();
    const backups = fs.readdirSync(path.join(path.dirname(file), 'backups')).filter((name) => name.startsWith('before-migration-'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^before-migration-.*\.sqlite$/);
    expect(appliedNames(path.join(path.dirname(file), 'backups', backups[0]!))).toEqual([firstName]);
    expect(appliedNames(file)).toEqual(Object.keys(migrations).sort());
  });

  it('refuses a ledger written by a newer version of the app, and changes nothing', async () => {
    const file = ledgerPath();
    const future: Record<string, Migration> = {
      ...migrations,
      '2099-01-01-001-from-the-future': { up: async (db: Kysely<unknown>) => void (await sql`create table future_things (id integer)`.execute(db)) },
    };
    await (await openLedger({ path: file, migrations: future })).close();
    const before = fs.readFileSync(file);
    const opening = openLedger({ path: file });
    await expect(opening).rejects.toBeInstanceOf(LedgerOpenError);
    await expect(opening).rejects.toMatchObject({ problem: 'too_new', message: expect.stringContaining('newer version of the app') });
    expect(appliedNames(file)).toContain('2099-01-01-001-from-the-future');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('a migration that throws halfway leaves the ledger at the previous version', async () => {
    const file = ledgerPath();
    await (await openLedger({ path: file })).close();
    const broken: Record<string, Migration> = {
      ...migrations,
      '2099-01-01-001-broken': {
        up: async (db: Kysely<unknown>) => {
          await sql`create table half_done (id integer)`.execute(db);
          throw new Error('disk on fire');
        },
      },
    };
    await expect(openLedger({ path: file, migrations: broken })).rejects.toMatchObject({ problem: 'migration_failed', message: expect.stringContaining('disk on fire') });
    expect(tableNames(file)).not.toContain('half_done');
    expect(appliedNames(file)).toEqual(Object.keys(migrations).sort());
  });

  it('refuses a file that is not an SQLite database without touching it', async () => {
    const file = ledgerPath();
    fs.writeFileSync(file, 'name,email\nMaría,maria@example.org\n');
    await expect(openLedger({ path: file })).rejects.toMatchObject({ problem: 'not_sqlite' });
    expect(fs.readFileSync(file, 'utf8')).toBe('name,email\nMaría,maria@example.org\n');
  });

  it('writes the app id into a new ledger before anything else, with or without migrations to run', async () => {
    for (const known of [migrations, {}]) {
      const file = ledgerPath();
      await (await openLedger({ path: file, migrations: known })).close();
      expect(applicationIdOf(file)).toBe(ledgerApplicationId);
    }
  });

  it('recognises a ledger made before the app id, backs it up, and stamps the id with a migration', async () => {
    const file = ledgerPath();
    const beforeTheId = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '2026-11-30'));
    await (await openLedger({ path: file, migrations: beforeTheId })).close();
    // What the app wrote before it had an id: the same ledger with application_id 0.
    const raw = new BetterSqlite3(file);
    raw.pragma('application_id = 0');
    raw.close();

    await (await openLedger({ path: file })).close();
    expect(applicationIdOf(file)).toBe(ledgerApplicationId);
    expect(appliedNames(file)).toEqual(Object.keys(migrations).sort());
    const backups = fs.readdirSync(path.join(path.dirname(file), 'backups'));
    expect(backups.filter((name) => name.startsWith('before-migration-'))).toHaveLength(1);
    expect(applicationIdOf(path.join(path.dirname(file), 'backups', backups[0]!))).toBe(0);
  });
});

