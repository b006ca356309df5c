import { sql } from 'kysely';
import type { FileSchema, RowId, SqlExecutor, TextCell } from '../engine/erasure-sql';

// The SQLite side of erasure (engine/erasure-sql.ts): rowids, pragma_table_info and FTS5 commands.

export async function readFileSchema(db: SqlExecutor): Promise<FileSchema> {
  const { rows } = await sql<{ table_name: string; column_name: string; not_null: number }>`
    select m.name as table_name, p.name as column_name, p."notnull" as not_null
    from sqlite_master m join pragma_table_info(m.name) p
    where m.type = 'table'`.execute(db);
  const schema: FileSchema = new Map();
  for (const row of rows) {
    const columns = schema.get(row.table_name) ?? new Map<string, { notNull: boolean }>();
    columns.set(row.column_name, { notNull: row.not_null === 1 });
    schema.set(row.table_name, columns);
  }
  return schema;
}

export function rowIdColumn() {
  return sql<RowId>`rowid`;
}

/** Rows whose column, folded by fold_text, contains one of the folded needles; each row folded once. */
export async function cellsContainingFolded(db: SqlExecutor, table: string, column: string, needles: readonly string[]): Promise<TextCell[]> {
  if (needles.length === 0) return [];
  const anyNeedle = sql.join(needles.map((needle) => sql`instr(folded, ${needle}) > 0`), sql` or `);
  const { rows } = await sql<TextCell>`
    with cells as materialized (
      select rowid as row_id, ${sql.ref(column)} as value, fold_text(${sql.ref(column)}) as folded
      from ${sql.table(table)} where typeof(${sql.ref(column)}) = 'text'
    )
    select row_id, value from cells where ${anyNeedle}`.execute(db);
  return rows;
}

export async function writeCell(db: SqlExecutor, table: string, column: string, rowId: RowId, value: string | null): Promise<void> {
  await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${value} where rowid = ${rowId}`.execute(db);
}

/** Merges an FTS5 index's segments so entries deleted or changed in it are gone from every segment. */
export async function mergeSearchSegments(db: SqlExecutor, table: string): Promise<void> {
  await sql`insert into ${sql.table(table)}(${sql.ref(table)}) values ('optimize')`.execute(db);
}
