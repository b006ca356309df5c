import BetterSqlite3 from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { errorShapeFrom } from '../../../electron/handlers/dispatch';
import { ledgerDialect } from '../../../electron/ledger/sqlite/ledger-dialect';

function codedError(code: string): Error {
  return Object.assign(new Error(`${code} happened`), { code });
}

describe('storage failures reach the coordinator as storage messages', () => {
  it.each([
    ['SQLITE_FULL', 'storage_full', /is full/],
    ['ENOSPC', 'storage_full', /is full/],
    ['SQLITE_READONLY', 'ledger_unavailable', /read-only \(SQLITE_READONLY\)/],
    ['SQLITE_READONLY_DBMOVED', 'ledger_unavailable', /read-only/],
    ['EROFS', 'ledger_unavailable', /read-only \(EROFS\)/],
    ['SQLITE_IOERR_WRITE', 'ledger_unavailable', /failed to read or write \(SQLITE_IOERR_WRITE\)/],
    ['SQLITE_IOERR_FSYNC', 'ledger_unavailable', /failed to read or write/],
    ['EIO', 'ledger_unavailable', /failed to read or write/],
  ])('%s', (code, expected, message) => {
    const shape = errorShapeFrom(codedError(code));
    expect(shape.code).toBe(expected);
    expect(shape.message).toMatch(message);
    expect(shape.message).toMatch(/Nothing was saved/);
  });

  it('other SQLite errors keep their own mapping', () => {
    expect(errorShapeFrom(codedError('SQLITE_CONSTRAINT_UNIQUE')).code).toBe('conflict');
    expect(errorShapeFrom(new Error('boom')).code).toBe('internal');
  });
});

describe('the ledger dialect keeps the first cause of a failed transaction', () => {
  function memoryDb(onRollbackFailure: (error: unknown) => void = () => {}) {
    const sqlite = new BetterSqlite3(':memory:');
    sqlite.exec('create table notes (text text not null)');
    return { sqlite, db: new Kysely<{ notes: { text: string } }>({ dialect: ledgerDialect(sqlite, onRollbackFailure) }) };
  }

  it('when SQLite already rolled the transaction back itself', async () => {
    const { sqlite, db } = memoryDb();
    const cause = codedError('SQLITE_FULL');
    const run = db.transaction().execute(async (trx) => {
      await trx.insertInto('notes').values({ text: 'half' }).execute();
      // What SQLite does on SQLITE_FULL in the middle of a large statement.
      await sql`rollback`.execute(trx);
      throw cause;
    });
    await expect(run).rejects.toBe(cause);
    expect(sqlite.inTransaction).toBe(false);
    expect(await db.selectFrom('notes').selectAll().execute()).toEqual([]);
    await db.destroy();
  });

  it('when the rollback itself fails: the cause is thrown, the failure reported, and the next write starts clean', async () => {
    const reported: unknown[] = [];
    const { sqlite, db } = memoryDb((error) => reported.push(error));
    const cause = codedError('SQLITE_IOERR_WRITE');
    // A statement still being read makes the ROLLBACK fail (better-sqlite3: "connection is busy").
    let reader: IterableIterator<unknown> | undefined;
    const run = db.transaction().execute(async (trx) => {
      await trx.insertInto('notes').values({ text: 'never committed' }).execute();
      reader = sqlite.prepare('select * from notes').iterate();
      reader.next();
      throw cause;
    });
    await expect(run).rejects.toBe(cause);
    expect(reported).toHaveLength(1);
    expect(String(reported[0])).toMatch(/busy/);
    expect(sqlite.inTransaction).toBe(true);
    reader?.return?.();
    await db.transaction().execute((trx) => trx.insertInto('notes').values({ text: 'next' }).execute());
    expect((await db.selectFrom('notes').select('text').execute()).map((row) => row.text)).toEqual(['next']);
    await db.destroy();
  });
});
