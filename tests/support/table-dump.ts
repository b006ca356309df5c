import BetterSqlite3 from 'better-sqlite3';

/**
 * Every row of every table of a ledger file, in rowid order, as JSON: two ledgers hold the same data
 * exactly when their dumps are equal. FTS5's internal tables are included, so the index is compared too.
 */
export function dumpTables(file: string): Record<string, unknown[]> {
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const tables = sqlite
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
      .pluck()
      .all() as string[];
    const dump: Record<string, unknown[]> = {};
    for (const table of tables) {
      const quoted = `"${table.replace(/"/g, '""')}"`;
      const withoutRowid = sqlite.prepare(`select sql from sqlite_master where name = ?`).pluck().get(table) as string | null;
      const order = withoutRowid && /without rowid/i.test(withoutRowid) ? '' : ' order by rowid';
      try {
        dump[table] = sqlite.prepare(`select * from ${quoted}${order}`).all();
      } catch {
        // Virtual tables without rowid ordering: compare them unordered but sorted.
        dump[table] = (sqlite.prepare(`select * from ${quoted}`).all() as unknown[]).map((row) => JSON.stringify(row)).sort();
      }
    }
    return dump;
  } finally {
    sqlite.close();
  }
}

/** Counts rows in every table: a cheap "did anything change" fingerprint. */
export function rowCounts(sqlite: BetterSqlite3.Database): Record<string, number> {
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((table) => [table, sqlite.prepare(`select count(*) from "${table.replace(/"/g, '""')}"`).pluck().get() as number]),
  );
}
