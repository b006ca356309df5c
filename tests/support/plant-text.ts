import BetterSqlite3 from 'better-sqlite3';
import { erasureRegistry, scannedRoles } from '../../electron/ledger/erasure/erasure-registry';
import { affinityOf, schemaColumns, textCapableColumns } from './schema-columns';

/**
 * A row for a table the fixture left empty, so each of its text columns can hold a planted name: every
 * required column gets a value, foreign keys the first row of the table they point to.
 */
function addMinimalRow(sqlite: BetterSqlite3.Database, table: string): void {
  const keys = sqlite.prepare('select "from" as source, "table" as target, "to" as target_column from pragma_foreign_key_list(?)').all(table) as {
    source: string;
    target: string;
    target_column: string | null;
  }[];
  const required = schemaColumns(sqlite.name).filter((column) => column.table === table && column.notNull);
  const defaults = sqlite.prepare('select name, dflt_value, pk from pragma_table_info(?)').all(table) as { name: string; dflt_value: unknown; pk: number }[];
  const createSql = String(sqlite.prepare("select sql from sqlite_master where type = 'table' and name = ?").pluck().get(table) ?? '');
  // A column limited to a list by a CHECK (`field in ('category', 'language')`) gets the list's first value.
  const listedValue = (column: string): string | undefined =>
    new RegExp(`check\\s*\\(\\s*"?${column}"?\\s+in\\s*\\(\\s*'([^']*)'`, 'i').exec(createSql)?.[1];
  const values: Record<string, unknown> = {};
  for (const column of required) {
    const info = defaults.find((entry) => entry.name === column.column);
    if (info?.dflt_value !== null && info?.dflt_value !== undefined) continue;
    const key = keys.find((entry) => entry.source === column.column);
    if (key) values[column.column] = sqlite.prepare(`select "${key.target_column ?? 'rowid'}" from "${key.target}" limit 1`).pluck().get();
    else values[column.column] = listedValue(column.column) ?? (affinityOf(column.declaredType) === 'INTEGER' ? 1 : `planted-${table}`);
  }
  const names = Object.keys(values);
  sqlite.prepare(`insert into "${table}" (${names.map((name) => `"${name}"`).join(', ')}) values (${names.map(() => '?').join(', ')})`).run(...Object.values(values));
}

/** SQLite refused the row because a CHECK says this column stays empty for a row of its kind. */
function refusedByCheck(error: unknown): boolean {
  return (error as { code?: string }).code === 'SQLITE_CONSTRAINT_CHECK';
}

/**
 * Writes `textFor(n)` into every cell of every column that may hold typed text, as the schema of the
 * file and the erasure registry say: a column added later is planted without touching this fixture.
 * A row whose kind keeps the column empty (a CHECK: a vote on a recommendation has no floor motion's
 * title) is left as it is; a column no row accepts is not returned, so the caller's comparison with
 * the registry shows which kind of row its ledger lacks. Returns the "table.column" names planted.
 */
export function plantInEveryTypedColumn(file: string, textFor: (index: number) => string): string[] {
  const sqlite = new BetterSqlite3(file, { fileMustExist: true });
  let index = 0;
  const planted: string[] = [];
  try {
    for (const { table, column } of textCapableColumns(file)) {
      const role = erasureRegistry[table]?.columns[column];
      if (!role || !scannedRoles.has(role)) continue;
      if (sqlite.prepare(`select count(*) from "${table}"`).pluck().get() === 0) addMinimalRow(sqlite, table);
      const rowIds = sqlite.prepare(`select rowid from "${table}"`).pluck().all() as number[];
      const update = sqlite.prepare(`update "${table}" set "${column}" = ? where rowid = ?`);
      let accepted = 0;
      for (const rowId of rowIds) {
        const text = `On the record: ${textFor(index++)} was mentioned here.`;
        try {
          update.run(role === 'typed-json' ? JSON.stringify({ note: text }) : text, rowId);
          accepted++;
        } catch (error) {
          if (!refusedByCheck(error)) throw error;
        }
      }
      if (accepted > 0) planted.push(`${table}.${column}`);
    }
  } finally {
    sqlite.close();
  }
  return planted;
}
