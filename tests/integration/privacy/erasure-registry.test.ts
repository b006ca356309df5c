import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { erasureRegistry, registeredColumns } from '../../../electron/ledger/erasure/erasure-registry';
import { openLedger } from '../../../electron/ledger/ledger';
import { migrations } from '../../../electron/ledger/migrations';
import { schemaColumns, textCapableColumns, type SchemaColumn } from '../../support/schema-columns';
import { openTempLedger, type TempLedger, makeTempDir } from '../../support/temp-ledger';

/** The text columns of a ledger that the erasure registry does not know: each could keep a name after a withdrawal. */
function unregistered(columns: readonly SchemaColumn[]): string[] {
  return columns.filter(({ table, column }) => erasureRegistry[table]?.columns[column] === undefined).map(({ table, column }) => `${table}.${column}`);
}

describe('the erasure registry covers every text column of the ledger', () => {
  let temp: TempLedger | undefined;
  afterEach(async () => {
    await temp?.close();
    temp = undefined;
  });

  it('declares every column that can hold text, in the fully migrated schema', async () => {
    temp = await openTempLedger();
    const columns = textCapableColumns(temp.ledger.path);
    expect(columns.length).toBeGreaterThan(100);
    expect(unregistered(columns)).toEqual([]);
  });

  it('names no table or column the schema does not have (a renamed column would otherwise be skipped)', async () => {
    temp = await openTempLedger();
    const present = new Set(schemaColumns(temp.ledger.path).map(({ table, column }) => `${table}.${column}`));
    expect(registeredColumns().map(({ table, column }) => `${table}.${column}`).filter((name) => !present.has(name))).toEqual([]);
  });

  it('fails for a text column added by a later migration that nobody declared', async () => {
    const later = {
      ...migrations,
      '2099-01-01-001-later': { up: async (db: never) => void (await sql`alter table meetings add column minute_taker text`.execute(db)) },
    };
    const ledger = await openLedger({ path: path.join(makeTempDir(), 'ledger.sqlite'), migrations: later, actor: null });
    try {
      expect(unregistered(textCapableColumns(ledger.path))).toEqual(['meetings.minute_taker']);
    } finally {
      await ledger.close();
    }
  });
});
