import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, operationNames, type OperationName } from '../../../shared/contract';
import { changesSinceOpen } from '../../../electron/ledger/sqlite/backup';
import { startTempBackend, type TempBackend } from '../../support/temp-backend';
import { callOk } from '../../support/call-operation';
import { rowCounts } from '../../support/table-dump';

const runs = 10_000;

/** Values of every type, including ones JSON cannot carry (IPC's structured clone can). */
const anyValue = fc.oneof(
  fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ minLength: 5000, maxLength: 300_000 }),
  fc.constantFrom('', ' ', '\u0000', '../../etc/passwd', "'; drop table members; --", '<script>alert(1)</script>', '9'.repeat(400)),
  fc.constantFrom(Number.NaN, Infinity, -1, 0, 2 ** 53, -0, 1.5),
);

/** Objects with the operation's own field names holding wrong or borderline values, plus stray fields. */
function shapedPayload(name: OperationName): fc.Arbitrary<unknown> {
  const input = contract[name].input;
  const keys = input instanceof z.ZodObject ? Object.keys(input.shape) : [];
  const fields = Object.fromEntries(keys.map((key) => [key, anyValue]));
  return fc.tuple(fc.record(fields, { requiredKeys: [] }), fc.option(fc.dictionary(fc.string({ maxLength: 20 }), anyValue, { maxKeys: 3 }))).map(
    ([known, extra]) => ({ ...(extra ?? {}), ...known }),
  );
}

const payloadFor = (name: OperationName) => fc.oneof(anyValue, shapedPayload(name));

const call = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom(...operationNames).chain((name) => fc.tuple(fc.constant<string>(name), payloadFor(name))) },
  { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 300 }), anyValue) },
);

describe('contract fuzzing', () => {
  let temp: TempBackend;
  beforeAll(async () => {
    temp = await startTempBackend();
    await callOk(temp.backend.dispatch, 'ledger.loadDemo', {});
  });
  afterAll(async () => {
    await temp.cleanup();
  });

  it(`survives ${runs} hostile payloads across every operation without writing anything`, async () => {
    const sqlite = temp.backend.ledger.sqlite;
    const countsBefore = rowCounts(sqlite);
    const changesBefore = changesSinceOpen(sqlite);
    const backupsBefore = (await callOk(temp.backend.dispatch, 'backups.list', {})).backups.length;
    const seen = new Map<string, number>();
    let validWritesSkipped = 0;

    await fc.assert(
      fc.asyncProperty(call, async ([operation, payload]) => {
        const definition = (contract as Record<string, (typeof contract)[OperationName]>)[operation];
        // A well-formed write would rightly change the ledger; hostile input is what is under test.
        if (definition?.kind === 'write' && definition.input.safeParse(payload).success) {
          validWritesSkipped++;
          return;
        }
        const result = await temp.backend.dispatch(operation, payload);
        seen.set(operation, (seen.get(operation) ?? 0) + 1);
        expect(changesSinceOpen(sqlite)).toBe(changesBefore);
        if (result.ok) {
          expect(definition?.kind).toBe('read');
          return;
        }
        expect(result.error.code).not.toBe('internal');
        expect(result.error.message.length).toBeGreaterThan(10);
        if (result.error.code === 'invalid_input') {
          expect(result.error.message).toContain(operation);
          expect(result.error.issues?.length).toBeGreaterThan(0);
          for (const issue of result.error.issues ?? []) expect(issue.message.trim()).not.toBe('');
        }
      }),
      { numRuns: runs, seed: 20261125 },
    );

    // A schema that throws on odd input is caught by the dispatcher but reported: there must be none.
    expect(temp.errors).toEqual([]);
    expect(rowCounts(sqlite)).toEqual(countsBefore);
    expect((await callOk(temp.backend.dispatch, 'backups.list', {})).backups).toHaveLength(backupsBefore);
    // Every operation is reached often: at least half of an even share (the contract grows as areas are added).
    const evenShare = runs / operationNames.length;
    for (const name of operationNames) expect(seen.get(name) ?? 0).toBeGreaterThan(evenShare / 2);
    expect(validWritesSkipped).toBeLessThan(runs / 20);
  }, 240_000);
});
