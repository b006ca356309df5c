import BetterSqlite3 from 'better-sqlite3';

export interface SchemaColumn {
  table: string;
  column: string;
  declaredType: string;
  notNull: boolean;
}

/** SQLite's type affinity rules (https://sqlite.org/datatype3.html#determination_of_column_affinity). */
export function affinityOf(declaredType: string): 'INTEGER' | 'TEXT' | 'BLOB' | 'REAL' | 'NUMERIC' {
  const type = declaredType.toUpperCase();
  if (type.includes('INT')) return 'INTEGER';
  if (/CHAR|CLOB|TEXT/.test(type)) return 'TEXT';
  if (type.includes('BLOB') || type === '') return 'BLOB';
  if (/REAL|FLOA|DOUB/.test(type)) return 'REAL';
  return 'NUMERIC';
}

/** Every column of every table (virtual and FTS5 shadow tables included), read from the file itself. */
export function schemaColumns(file: string): SchemaColumn[] {
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const tables = sqlite.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all() as string[];
    return tables.flatMap((table) =>
      (sqlite.prepare('select name, type, "notnull" as not_null from pragma_table_info(?)').all(table) as { name: string; type: string; not_null: number }[]).map(
        (column) => ({ table, column: column.name, declaredType: column.type, notNull: column.not_null === 1 }),
      ),
    );
  } finally {
    sqlite.close();
  }
}

/** Columns that can hold text: SQLite keeps text in any column whose affinity is not INTEGER or REAL. */
export function textCapableColumns(file: string): SchemaColumn[] {
  return schemaColumns(file).filter((column) => !['INTEGER', 'REAL'].includes(affinityOf(column.declaredType)));
}
