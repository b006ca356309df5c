import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { identifyDatabase, ledgerApplicationId } from '../../../electron/ledger/sqlite/ledger-identity';

function database(setup: string): BetterSqlite3.Database {
  const sqlite = new BetterSqlite3(':memory:');
  sqlite.exec(setup);
  return sqlite;
}

const migrationTable = 'create table kysely_migration (name varchar(255) not null primary key, timestamp varchar(255) not null);';

describe('telling the ledger from any other SQLite database', () => {
  it('knows a ledger by its application id', () => {
    const sqlite = database(`pragma application_id = ${ledgerApplicationId}; ${migrationTable} insert into kysely_migration values ('2099-01-01-001-future', 'now');`);
    expect(identifyDatabase(sqlite)).toEqual({ kind: 'ledger', migrations: ['2099-01-01-001-future'] });
  });

  it('"NSEC" in ASCII is the id', () => {
    expect(Buffer.from('NSEC', 'ascii').readUInt32BE(0)).toBe(ledgerApplicationId);
  });

  it('recognises a ledger made before the id by its migrations and tables', () => {
    const sqlite = database(`${migrationTable}
      insert into kysely_migration values ('2026-11-25-001-members', 'then'), ('2026-11-25-003-settings', 'then');
      create table members (id integer primary key); create table organisations (id integer primary key);`);
    expect(identifyDatabase(sqlite)).toEqual({ kind: 'ledger', migrations: ['2026-11-25-001-members', '2026-11-25-003-settings'] });
  });

  it('takes an SQLite file with nothing in it for blank', () => {
    expect(identifyDatabase(database(''))).toEqual({ kind: 'blank' });
  });

  it.each([
    ['another application id', 'pragma application_id = 1234; create table t (x);', /application id is 0x4d2/],
    ['an id and nothing else', 'pragma application_id = 7;', /another application/],
    ['no migration records', 'create table accounts (id integer);', /another application's SQLite database \(tables: accounts\)/],
    ['its own members table', 'create table members (id integer, name text);', /with a members table of its own/],
    ['Kysely migrations of another app', `${migrationTable} insert into kysely_migration values ('2024-01-01-users', 'x'); create table users (id);`, /tables this app never makes \(users\)/],
    ['our migration names but foreign tables', `${migrationTable} insert into kysely_migration values ('2026-11-25-001-members', 'x'); create table members (id); create table invoices (id);`, /invoices/],
    ['our tables but unknown migrations', `${migrationTable} insert into kysely_migration values ('2026-12-01-001-members', 'x'); create table members (id);`, /migrations this app never had/],
  ])('refuses a database with %s', (_label, setup, reason) => {
    const identity = identifyDatabase(database(setup));
    expect(identity.kind).toBe('foreign');
    if (identity.kind === 'foreign') expect(identity.reason).toMatch(reason);
  });
});
