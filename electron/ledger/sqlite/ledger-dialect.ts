import { SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * Kysely's SQLite driver, except that a failed transaction always ends with its first cause.
 *
 * On SQLITE_FULL, SQLITE_IOERR or SQLITE_NOMEM, SQLite may roll the whole transaction back on its own.
 * Kysely then sends ROLLBACK anyway, which fails with "cannot rollback - no transaction is active", and
 * that second error replaced the real one: a full disk reached the coordinator as an internal error.
 */
class FirstCauseSqliteDriver extends SqliteDriver {
  constructor(
    private readonly sqlite: BetterSqlite3.Database,
    private readonly onRollbackFailure: (error: unknown) => void,
  ) {
    super({ database: sqlite });
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    // Only a rollback that itself failed leaves a transaction open here; nothing in it was committed,
    // and the next change must not be swallowed into it.
    if (this.sqlite.inTransaction) await super.rollbackTransaction(connection);
    await super.beginTransaction(connection);
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.sqlite.inTransaction) return;
    try {
      await super.rollbackTransaction(connection);
    } catch (error) {
      // Kysely rethrows the transaction's own error only when this returns normally.
      this.onRollbackFailure(error);
    }
  }
}

/** The dialect every ledger connection uses; see FirstCauseSqliteDriver. */
export function ledgerDialect(sqlite: BetterSqlite3.Database, onRollbackFailure: (error: unknown) => void = console.error): SqliteDialect {
  return new (class extends SqliteDialect {
    override createDriver(): Driver {
      return new FirstCauseSqliteDriver(sqlite, onRollbackFailure);
    }
  })({ database: sqlite });
}
