import { sql, type QueryExecutorProvider, type RawBuilder } from 'kysely';
import { engineOf } from './engine-of';
import * as postgres from '../postgres/erasure-sql';
import * as sqlite from '../sqlite/erasure-sql';

// What erasure (erasure/erase-member.ts) needs from the database: it names tables and columns from the
// erasure registry and works on any file, including backups of older schemas. The engine-specific
// parts live in sqlite/erasure-sql.ts and postgres/erasure-sql.ts; the plain SQL both run is here.

export type SqlExecutor = QueryExecutorProvider & { getExecutor(): { readonly adapter: unknown } };

/** For each table of the file, its columns and whether each must hold a value. */
export type FileSchema = Map<string, Map<string, { notNull: boolean }>>;

/** SQLite's rowid, PostgreSQL's ctid: names a row of any table, whatever its key. */
export type RowId = number | string;

export interface TextCell {
  row_id: RowId;
  value: string;
}

function onEngineOf(db: SqlExecutor): typeof sqlite | typeof postgres {
  return engineOf(db) === 'postgres' ? postgres : sqlite;
}

export function readFileSchema(db: SqlExecutor): Promise<FileSchema> {
  return onEngineOf(db).readFileSchema(db);
}

/** Before scrubbing the live ledger: no one else may write these tables until the transaction ends. */
export async function holdWriters(db: SqlExecutor, tables: readonly string[]): Promise<void> {
  if (engineOf(db) === 'postgres') await postgres.holdWriters(db, tables);
}

/** The expression naming a row, to select beside a cell that writeCell may rewrite. */
export function rowIdColumn(db: SqlExecutor): RawBuilder<RowId> {
  return onEngineOf(db).rowIdColumn();
}

/** Rows whose column, folded by the app's one folding, contains one of the folded needles. */
export function cellsContainingFolded(db: SqlExecutor, table: string, column: string, needles: readonly string[]): Promise<TextCell[]> {
  return onEngineOf(db).cellsContainingFolded(db, table, column, needles);
}

export function writeCell(db: SqlExecutor, table: string, column: string, rowId: RowId, value: string | null): Promise<void> {
  return onEngineOf(db).writeCell(db, table, column, rowId, value);
}

/** Makes entries deleted from a search index gone from its storage too. */
export function mergeSearchSegments(db: SqlExecutor, table: string): Promise<void> {
  return onEngineOf(db).mergeSearchSegments(db, table);
}

export async function ownerRows(db: SqlExecutor, table: string, ownerColumn: string, memberId: number): Promise<Record<string, unknown>[]> {
  const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)} where ${sql.ref(ownerColumn)} = ${memberId}`.execute(db);
  return rows;
}

export async function deleteOwnerRows(db: SqlExecutor, table: string, ownerColumn: string, memberId: number): Promise<void> {
  await sql`delete from ${sql.table(table)} where ${sql.ref(ownerColumn)} = ${memberId}`.execute(db);
}

/** Sets the given columns on the member's own rows (null, or the label where a value is required). */
export async function clearOwnerRows(
  db: SqlExecutor,
  table: string,
  ownerColumn: string,
  memberId: number,
  values: Readonly<Record<string, string | null>>,
): Promise<void> {
  const assignments = Object.entries(values).map(([column, value]) => sql`${sql.ref(column)} = ${value}`);
  if (assignments.length === 0) return;
  await sql`update ${sql.table(table)} set ${sql.join(assignments)} where ${sql.ref(ownerColumn)} = ${memberId}`.execute(db);
}
