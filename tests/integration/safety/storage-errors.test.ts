import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer, tokenHeader, type RunningWebServer } from '../../../electron/web/web-server';
import { startTempBackend, type TempBackend } from '../../support/temp-backend';
import { callOk } from '../../support/call-operation';
import { makeTempDir } from '../../support/temp-ledger';
import { dumpTables } from '../../support/table-dump';
import { memberDraft } from '../../support/member-drafts';

// Small writes on a full disk: disk-full.test.ts. A full disk is simulated without root: max_page_count caps the ledger at its current size, and SQLite
// answers SQLITE_FULL exactly as it does when the disk itself has no room left.
describe('the disk refusing a write', () => {
  let temp: TempBackend | undefined;
  let server: RunningWebServer | undefined;
  afterEach(async () => {
    await server?.close();
    await temp?.cleanup();
    temp = undefined;
    server = undefined;
  });

  async function backendOverHttp() {
    temp = await startTempBackend();
    server = await startWebServer({ dispatch: temp.backend.dispatch, staticDir: makeTempDir(), token: 'storage-token-1234' });
    const post = async (operation: string, body: unknown) => {
      const response = await fetch(`${server!.origin}/api/${operation}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [tokenHeader]: 'storage-token-1234' },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as { ok: boolean; error?: { code: string; message: string } } };
    };
    return { sqlite: temp.backend.ledger.sqlite, post };
  }

  function snapshot(): Record<string, unknown[]> {
    return dumpTables(temp!.backend.ledgerPath);
  }

  it('a large write SQLite rolls back on its own answers the storage message, not "cannot rollback"', async () => {
    const { sqlite, post } = await backendOverHttp();
    const before = snapshot();
    sqlite.pragma(`max_page_count = ${(sqlite.pragma('page_count', { simple: true }) as number) + 20}`);

    const refused = await post('ledger.loadDemo', {});
    expect(refused.status).toBe(507);
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'storage_full' } });
    expect(refused.body.error?.message).toMatch(/disk holding the ledger is full\. Nothing was saved/);
    expect(refused.body.error?.message).not.toMatch(/rollback/);
    expect(sqlite.inTransaction).toBe(false);
    // Nothing half-written: not one row of the demo network is in the ledger.
    expect(snapshot()).toEqual(before);

    // The server keeps answering, and once there is room the same write succeeds whole.
    expect((await post('ledger.status', {})).status).toBe(200);
    sqlite.pragma('max_page_count = 1073741823');
    const loaded = await post('ledger.loadDemo', {});
    expect(loaded.status).toBe(200);
    expect((await callOk(temp!.backend.dispatch, 'ledger.status', {})).memberCount).toBe(150);
  });

  it('a read-only ledger answers the read-only message and keeps serving reads', async () => {
    const { sqlite, post } = await backendOverHttp();
    const before = snapshot();
    // What a write-protected file or medium answers: SQLITE_READONLY on the first write.
    sqlite.pragma('query_only = 1');
    const refused = await post('members.create', { member: memberDraft() });
    expect(refused.status).toBe(503);
    expect(refused.body.error?.message).toMatch(/read-only \(SQLITE_READONLY\)\. Nothing was saved/);
    expect(sqlite.inTransaction).toBe(false);
    expect((await post('members.list', {})).status).toBe(200);
    sqlite.pragma('query_only = 0');
    expect(snapshot()).toEqual(before);
    expect((await post('members.create', { member: memberDraft() })).status).toBe(200);
  });
});
