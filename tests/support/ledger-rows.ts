import fs from 'node:fs';
import { sql, type RawBuilder } from 'kysely';
import type { Ledger } from '../../electron/ledger/ledger';

// Plain SQL against a test's ledger on either engine ("?" placeholders, as better-sqlite3 takes them),
// for assertions that read tables directly.

function statement<T>(text: string, params: readonly unknown[]): RawBuilder<T> {
  const pieces = text.split('?');
  if (pieces.length - 1 !== params.length) throw new Error(`${pieces.length - 1} placeholders but ${params.length} values: ${text}`);
  const parts = pieces.flatMap((piece, index) => (index < params.length ? [sql.raw(piece), sql`${params[index]}`] : [sql.raw(piece)]));
  return sql<T>`${sql.join(parts, sql``)}`;
}

export async function ledgerRows<T = Record<string, unknown>>(ledger: Ledger, text: string, ...params: unknown[]): Promise<T[]> {
  return (await statement<T>(text, params).execute(ledger.db)).rows;
}

/** The first column of the first row (better-sqlite3's pluck().get()); undefined when there is no row. */
export async function ledgerValue<T = unknown>(ledger: Ledger, text: string, ...params: unknown[]): Promise<T | undefined> {
  const [row] = await ledgerRows<Record<string, unknown>>(ledger, text, ...params);
  return row === undefined ? undefined : (Object.values(row)[0] as T);
}

/** The first column of every row (better-sqlite3's pluck().all()). */
export async function ledgerColumn<T = unknown>(ledger: Ledger, text: string, ...params: unknown[]): Promise<T[]> {
  const rows = await ledgerRows<Record<string, unknown>>(ledger, text, ...params);
  return rows.map((row) => Object.values(row)[0] as T);
}

/**
 * Makes the ledger refuse to store a Spanish-speaker's language, as a disk failing half way through a
 * change would: each engine's own trigger, since triggers are written differently on each.
 */
export async function failInsertsOfSpanish(ledger: Ledger): Promise<void> {
  if (ledger.engine === 'sqlite') {
    ledger.sqlite.exec(`create trigger fail_half_way before insert on member_languages
      when new.language_code = 'es' begin select raise(abort, 'disk trouble'); end`);
    return;
  }
  await ledgerRows(
    ledger,
    `create function fail_half_way() returns trigger language plpgsql as $$
     begin if new.language_code = 'es' then raise exception 'disk trouble'; end if; return new; end $$`,
  );
  await ledgerRows(ledger, 'create trigger fail_half_way before insert on member_languages for each row execute function fail_half_way()');
}

/**
 * Everything the ledger stores, as bytes in latin1 (each byte one character, so UTF-8 text is found
 * as its encoded bytes: compare with Buffer.from(text, 'utf8').toString('latin1')). SQLite: the file
 * itself, checkpointed and vacuumed, free pages and all. PostgreSQL: every row of every table as the
 * server returns it (old row versions on disk are the server's, compacted by VACUUM FULL after erasure).
 */
export async function storedBytes(ledger: Ledger): Promise<string> {
  if (ledger.engine === 'sqlite') {
    ledger.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    ledger.sqlite.exec('VACUUM');
    ledger.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return fs.readFileSync(ledger.path).toString('latin1');
  }
  const tables = await ledgerColumn<string>(ledger, "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'");
  const texts: string[] = [];
  for (const table of tables) texts.push(...(await ledgerColumn<string>(ledger, `select t::text from "${table}" t`)));
  return Buffer.from(texts.join('\n'), 'utf8').toString('latin1');
}
