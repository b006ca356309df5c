import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { LedgerDb } from '../database';
import { openLedger, type Ledger } from '../ledger';
import { copySqliteFile } from '../sqlite/backup';
import { insertionPlan, type ForeignKey } from './insertion-order';
import { tableChecksum, type TableChecksum } from './table-checksums';

export interface MovedTable {
  table: string;
  sqlite: TableChecksum;
  postgres: TableChecksum;
  identical: boolean;
}

export interface MoveReport {
  tables: MovedTable[];
  /** SQLite's own storage of its search index, rebuilt by PostgreSQL's own index instead. */
  notCopied: string[];
  identical: boolean;
}

/** The app's own bookkeeping on the server, written by opening the ledger there: replaced by the file's. */
const writtenByOpening = new Set(['app_settings']);

async function postgresTables(db: LedgerDb): Promise<Map<string, string[]>> {
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    select c.table_name, c.column_name from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' and c.table_name <> 'kysely_migration'
    order by c.table_name, c.ordinal_position`.execute(db);
  const tables = new Map<string, string[]>();
  for (const row of rows) tables.set(row.table_name, [...(tables.get(row.table_name) ?? []), row.column_name]);
  return tables;
}

async function foreignKeys(db: LedgerDb): Promise<ForeignKey[]> {
  const { rows } = await sql<{ table: string; column: string; references: string; not_null: boolean }>`
    select c.conrelid::regclass::text as "table", a.attname as "column", c.confrelid::regclass::text as "references", a.attnotnull as not_null
    from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    where c.contype = 'f' and c.connamespace = current_schema()::regnamespace`.execute(db);
  return rows.map((row) => ({ table: row.table, column: row.column, references: row.references, nullable: !row.not_null }));
}

/**
 * The server's columns the file also has (rowid: every SQLite table's own). Columns only the server
 * has are PostgreSQL's additions (a search index's sort keys), left empty: the app fills them as it goes.
 */
async function sharedColumns(source: LedgerDb, tables: Map<string, string[]>): Promise<Map<string, string[]>> {
  const shared = new Map<string, string[]>();
  for (const [table, columns] of tables) {
    const { rows } = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(source);
    const inFile = new Set(['rowid', ...rows.map((row) => row.name)]);
    shared.set(table, columns.filter((column) => inFile.has(column)));
  }
  return shared;
}

async function sqliteTables(db: LedgerDb): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db);
  return rows.map((row) => row.name);
}

async function refuseUnlessEmpty(target: Ledger, tables: Map<string, string[]>): Promise<void> {
  for (const table of tables.keys()) {
    if (writtenByOpening.has(table)) continue;
    const { rows } = await sql<{ found: number }>`select count(*) as found from ${sql.table(table)}`.execute(target.db);
    if (Number(rows[0]?.found ?? 0) > 0) {
      throw new Error(`The database ${target.path} already holds records (in ${table}); a ledger can only be moved into an empty database. Nothing was copied.`);
    }
  }
}

async function copyTables(source: LedgerDb, target: LedgerDb, tables: Map<string, string[]>, keys: ForeignKey[]): Promise<void> {
  const plan = insertionPlan([...tables.keys()], keys);
  await target.transaction().execute(async (trx) => {
    for (const table of writtenByOpening) if (tables.has(table)) await sql`delete from ${sql.table(table)}`.execute(trx);
    for (const table of plan.order) {
      const columns = tables.get(table) as string[];
      const { rows } = await sql<Record<string, unknown>>`select ${sql.join(columns.map((column) => sql.ref(column)))} from ${sql.table(table)}`.execute(source);
      const later = plan.deferred.filter((key) => key.table === table).map((key) => key.column);
      // PostgreSQL takes at most 65,535 values a statement.
      const perStatement = Math.max(1, Math.floor(60_000 / columns.length));
      for (let start = 0; start < rows.length; start += perStatement) {
        const batch = rows.slice(start, start + perStatement).map((row) => Object.fromEntries(columns.map((column) => [column, later.includes(column) ? null : row[column]])));
        await (trx as unknown as Kysely<Record<string, Record<string, unknown>>>).insertInto(table).values(batch).execute();
      }
    }
    for (const key of plan.deferred) {
      const { rows } = await sql<{ id: number; value: unknown }>`select id, ${sql.ref(key.column)} as value from ${sql.table(key.table)} where ${sql.ref(key.column)} is not null`.execute(source);
      for (const row of rows) await sql`update ${sql.table(key.table)} set ${sql.ref(key.column)} = ${row.value} where id = ${row.id}`.execute(trx);
    }
    // Ids were copied as they were: each identity continues after the highest one.
    for (const [table, columns] of tables) {
      if (!columns.includes('id')) continue;
      await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 1), (select count(*) > 0 from ${sql.table(table)}))
        where pg_get_serial_sequence(${table}, 'id') is not null`.execute(trx);
    }
  });
}

/** Reads a file without leaving -wal or -shm files beside it that were not there before. */
async function copyWithoutTrace(file: string, target: string): Promise<void> {
  const sidecars = ['-wal', '-shm'].map((suffix) => file + suffix);
  const before = sidecars.filter((sidecar) => fs.existsSync(sidecar));
  try {
    await copySqliteFile(file, target);
  } finally {
    for (const sidecar of sidecars) if (!before.includes(sidecar)) fs.rmSync(sidecar, { force: true });
  }
}

/**
 * Moves an SQLite ledger to an empty PostgreSQL database: the file is copied (never opened for
 * writing), the copy brought to this version's schema, every table copied in one transaction, and
 * every table compared afterwards, row count and checksum. The SQLite file is left as it was.
 */
export async function moveLedgerToPostgres(options: { from: string; to: string; now?: () => Date }): Promise<MoveReport> {
  if (!fs.existsSync(options.from)) throw new Error(`There is no ledger file at ${options.from}.`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariat-move-'));
  try {
    const copy = path.join(work, 'ledger.sqlite');
    await copyWithoutTrace(options.from, copy);
    const source = await openLedger({ path: copy, backupDir: path.join(work, 'backups'), now: options.now });
    try {
      const target = await openLedger({ path: '', databaseUrl: options.to, now: options.now });
      try {
        const serverTables = await postgresTables(target.db);
        await refuseUnlessEmpty(target, serverTables);
        const tables = await sharedColumns(source.db, serverTables);
        await copyTables(source.db, target.db, tables, await foreignKeys(target.db));
        const moved: MovedTable[] = [];
        for (const [table, columns] of tables) {
          const [onSqlite, onPostgres] = [await tableChecksum(source.db, table, columns), await tableChecksum(target.db, table, columns)];
          moved.push({ table, sqlite: onSqlite, postgres: onPostgres, identical: onSqlite.rows === onPostgres.rows && onSqlite.sha256 === onPostgres.sha256 });
        }
        const notCopied = (await sqliteTables(source.db)).filter((table) => !tables.has(table) && table !== 'kysely_migration').sort();
        return { tables: moved, notCopied, identical: moved.every((table) => table.identical) };
      } finally {
        await target.close();
      }
    } finally {
      await source.close();
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
