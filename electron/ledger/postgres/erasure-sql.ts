import { sql } from 'kysely';
import { foldForSearch } from '../search/fold-text';
import type { FileSchema, RowId, SqlExecutor, TextCell } from '../engine/erasure-sql';

// PostgreSQL's side of erasure (the same functions as sqlite/erasure-sql.ts). Rows are named by their
// ctid, which holds for the withdrawal's transaction since erasure first stops other writers.
// Every cell is folded here, by the app's one folding in JavaScript, never by a SQL imitation of it:
// a name the SQL function folded differently would be missed.

export async function readFileSchema(db: SqlExecutor): Promise<FileSchema> {
  const { rows } = await sql<{ table_name: string; column_name: string; is_nullable: string }>`
    select c.table_name, c.column_name, c.is_nullable
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'`.execute(db);
  const schema: FileSchema = new Map();
  for (const row of rows) {
    const columns = schema.get(row.table_name) ?? new Map<string, { notNull: boolean }>();
    columns.set(row.column_name, { notNull: row.is_nullable === 'NO' });
    schema.set(row.table_name, columns);
  }
  return schema;
}

/**
 * Other coordinators' changes wait until the withdrawal commits (reading goes on): a text written
 * meanwhile could hold the name after it was looked for, and a row changed meanwhile would move.
 */
export async function holdWriters(db: SqlExecutor, tables: readonly string[]): Promise<void> {
  if (tables.length === 0) return;
  await sql`lock table ${sql.join(tables.map((table) => sql.table(table)))} in exclusive mode`.execute(db);
}

export function rowIdColumn() {
  return sql<RowId>`ctid::text`;
}

export async function cellsContainingFolded(db: SqlExecutor, table: string, column: string, needles: readonly string[]): Promise<TextCell[]> {
  if (needles.length === 0) return [];
  const { rows } = await sql<{ row_id: string; value: unknown }>`
    select ctid::text as row_id, ${sql.ref(column)} as value from ${sql.table(table)} where ${sql.ref(column)} is not null`.execute(db);
  return rows.flatMap((row) => {
    if (typeof row.value !== 'string') return [];
    const folded = foldForSearch(row.value);
    return needles.some((needle) => folded.includes(needle)) ? [{ row_id: row.row_id, value: row.value }] : [];
  });
}

export async function writeCell(db: SqlExecutor, table: string, column: string, rowId: RowId, value: string | null): Promise<void> {
  const result = await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${value} where ctid = ${String(rowId)}::tid`.execute(db);
  if (Number(result.numAffectedRows ?? 0) !== 1) {
    throw new Error(`a ${table} record changed while the withdrawal ran; nothing was changed, try again`);
  }
}

/** Plain tables: deleted entries leave no index segments to merge (the file is compacted afterwards). */
export async function mergeSearchSegments(): Promise<void> {}
