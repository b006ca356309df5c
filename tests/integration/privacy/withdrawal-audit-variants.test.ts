import { afterEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { addMember, ok } from '../registry/registry-fixtures';

// The audit pre-filter used SQL LIKE, which folds ASCII letters only: these entries kept the names.
const variants = ['núñez inés', 'NÚÑEZ INÉS', 'Nu\u0301n\u0303ez Ine\u0301s', 'nunez ines', 'ĐẶNG THỊ LAN', 'đặng thị lan', 'Dang Thi Lan'];

describe('withdrawal scrubs audit entries holding the name in any case or Unicode form', () => {
  let temp: TempLedger | undefined;
  afterEach(async () => {
    await temp?.close();
  });

  it('replaces every variant inside other records’ diffs and keeps the rest of their text', async () => {
    temp = await openTempLedger();
    const ines = await addMember(temp.dispatch, { displayName: 'Núñez Inés' });
    const lan = await addMember(temp.dispatch, { displayName: 'Đặng Thị Lan' });
    const insert = temp.ledger.sqlite.prepare(
      "insert into audit_log (at, operation, entity_type, entity_id, changes) values ('2026-02-01T00:00:00.000Z', 'meetings.update', 'meeting', 7, ?)",
    );
    for (const variant of variants) insert.run(JSON.stringify({ notes: { from: null, to: `${variant} asked about housing` } }));

    await ok(temp.dispatch, 'members.withdraw', { id: ines, confirmErasure: true });
    await ok(temp.dispatch, 'members.withdraw', { id: lan, confirmErasure: true });
    const notes = (temp.ledger.sqlite.prepare("select changes from audit_log where entity_type = 'meeting' order by id").pluck().all() as string[]).map(
      (changes) => (JSON.parse(changes) as { notes: { to: string } }).notes.to,
    );
    expect(notes).toEqual(variants.map(() => '[erased] asked about housing'));
  });
});
