import { sql, type QueryExecutorProvider } from 'kysely';

// The SQLite side of erasure (erasure/erase-member.ts): the engine names tables and columns from the
// erasure registry and works on any file, including backups of older schemas, so it needs rowids,
// pragma_table_info and FTS5 commands. A PostgreSQL dialect would provide these same functions.

export type SqlExecutor = QueryExecutorProvider;

/** For each table of the file (FTS5 tables included), its columns and whether each must hold a value. */
export type FileSchema = Map<string, Map<string, { notNull: boolean }>>;

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

export interface TextCell {
  row_id: number;
  value: string;
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

export async function writeCell(db: SqlExecutor, table: string, column: string, rowId: number, value: string | null): Promise<void> {
  await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${value} where rowid = ${rowId}`.execute(db);
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

/** Merges an FTS5 index's segments so entries deleted or changed in it are gone from every segment. */
export async function mergeSearchSegments(db: SqlExecutor, table: string): Promise<void> {
  await sql`insert into ${sql.table(table)}(${sql.ref(table)}) values ('optimize')`.execute(db);
}
