import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Expression, type SqlBool } from 'kysely';
import { foldForSearch } from '../search/fold-text';

/**
 * The app's one text folding, callable from SQL on every connection (the ledger, and any backup opened
 * for scrubbing): SQLite's lower() and LIKE fold ASCII letters only, so "NÚÑEZ" would not match "núñez".
 * A PostgreSQL dialect would define a function of the same name.
 */
export const foldFunctionName = 'fold_text';

function foldSqlValue(value: unknown): string | null {
  if (typeof value === 'string') return foldForSearch(value);
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return null;
}

export function registerFoldFunction(sqlite: BetterSqlite3.Database): void {
  sqlite.function(foldFunctionName, { deterministic: true }, foldSqlValue);
}

/** The column, folded: compared with a value folded by foldForSearch. */
function folded(column: Expression<unknown>): Expression<string> {
  return sql<string>`fold_text(${column})`;
}

/** True where the column equals the name, ignoring case, accents and normalisation. */
export function foldedEquals(column: Expression<unknown>, name: string): Expression<SqlBool> {
  return sql<SqlBool>`${folded(column)} = ${foldForSearch(name)}`;
}

/** True where the column contains the text, ignoring case, accents and normalisation. */
export function foldedContains(column: Expression<unknown>, text: string): Expression<SqlBool> {
  return sql<SqlBool>`instr(${folded(column)}, ${foldForSearch(text)}) > 0`;
}
