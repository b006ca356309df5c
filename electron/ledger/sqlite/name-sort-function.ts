import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Expression } from 'kysely';
import { nameSortKey } from '../search/name-sort-key';

/**
 * Names sorted as people read them, from SQL, on every connection: ORDER BY name_sort_key(name) puts
 * "Pérez 20" before "Pérez 100" and "Émile" beside "Emile". A PostgreSQL dialect would define a
 * function of the same name.
 */
export const nameSortFunctionName = 'name_sort_key';

export function registerNameSortFunction(sqlite: BetterSqlite3.Database): void {
  sqlite.function(nameSortFunctionName, { deterministic: true }, (value: unknown) =>
    nameSortKey(typeof value === 'string' ? value : null),
  );
}

/** The column as a key to sort names by. */
export function byName(column: string): Expression<string> {
  return sql<string>`name_sort_key(${sql.ref(column)})`;
}
