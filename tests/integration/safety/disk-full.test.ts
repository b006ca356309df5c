import { afterEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { rowCounts } from '../../support/table-dump';
import type { MemberDraftInput } from '../../../shared/domain/member';

const draft: MemberDraftInput = {
  kind: 'individual',
  displayName: 'Disk Full Test',
  alias: null,
  category: 'academic_legal',
  organisationName: 'A New Clinic That Needs A Row',
  languages: ['en', 'fr'],
  preferredLanguage: 'en',
  email: 'test@example.org',
  phone: null,
  mayContact: true,
  mayBeNamed: false,
  joinedOn: '2026-03-01',
  leftOn: null,
  notes: 'x'.repeat(4900),
};

describe('a full disk', () => {
  let temp: TempLedger | undefined;
  afterEach(async () => {
    await temp?.close();
    temp = undefined;
  });

  it('ends a write in a clear message, rolls it back, and the app carries on', async () => {
    temp = await openTempLedger();
    const { dispatch, ledger } = temp;
    expect((await dispatch('ledger.loadDemo', {})).ok).toBe(true);
    const before = rowCounts(ledger.sqlite);
    const pages = ledger.sqlite.pragma('page_count', { simple: true }) as number;
    // The disk is "full" at the current size: SQLite cannot grow the file by a single page.
    ledger.sqlite.pragma(`max_page_count = ${pages}`);

    const results = [];
    for (let attempt = 0; attempt < 20; attempt++) {
      results.push(await dispatch('members.create', { member: { ...draft, displayName: `Disk Full Test ${attempt}` } }));
    }
    const failures = results.filter((result) => !result.ok);
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) {
      expect(failure).toMatchObject({ ok: false, error: { code: 'storage_full' } });
      if (!failure.ok) expect(failure.error.message).toMatch(/disk .* is full\. Nothing was saved/);
    }
    // Only whole members were written: each success added exactly its rows, each failure none.
    const successes = results.length - failures.length;
    const after = rowCounts(ledger.sqlite);
    expect(after.members).toBe((before.members ?? 0) + successes);
    expect(after.audit_log).toBe((before.audit_log ?? 0) + successes);
    expect(ledger.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');

    // Reads still work, and once space is freed writes do too.
    expect((await dispatch('members.list', { limit: 5 })).ok).toBe(true);
    ledger.sqlite.pragma('max_page_count = 1073741823');
    const retried = await dispatch('members.create', { member: draft });
    expect(retried.ok).toBe(true);
    expect(rowCounts(ledger.sqlite).members).toBe((after.members ?? 0) + 1);
  });
});
