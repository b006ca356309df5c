import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxBodyBytes, startWebServer, tokenHeader, type RunningWebServer } from '../../../electron/web/web-server';
import type { Dispatch } from '../../../electron/handlers/dispatch';
import { startTempBackend, type TempBackend } from '../../support/temp-backend';
import { callOk } from '../../support/call-operation';
import { makeTempDir } from '../../support/temp-ledger';
import { memberDraft } from '../../support/member-drafts';
import { apiHead, rawRequest } from '../../support/raw-http';

const token = 'stays-up-token-123456';
let temp: TempBackend;
let server: RunningWebServer;
const serverFaults: unknown[] = [];
let failNextDispatch = false;

beforeAll(async () => {
  temp = await startTempBackend();
  await callOk(temp.backend.dispatch, 'ledger.loadDemo', {});
  await callOk(temp.backend.dispatch, 'members.create', { member: memberDraft({ displayName: 'Maria Control Test' }) });
  // A dispatcher that can be made to throw: a bug in one request must not take the server down.
  const dispatch: Dispatch = (operation, input) => {
    if (failNextDispatch) {
      failNextDispatch = false;
      return Promise.reject(new Error('a bug in one handler'));
    }
    return temp.backend.dispatch(operation, input);
  };
  server = await startWebServer({ dispatch, staticDir: makeTempDir(), token, headersTimeoutMs: 1500, requestTimeoutMs: 3000, onError: (error) => serverFaults.push(error) });
});
afterAll(async () => {
  await server.close();
  await temp.cleanup();
});

async function post(operation: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.origin}/api/${operation}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [tokenHeader]: token, ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { ok: boolean; data?: unknown; error?: { code: string; message: string } } };
}

/** After every hostile request: the same server still answers a real operation. */
async function expectStillServing(): Promise<void> {
  const reply = await post('ledger.status', {});
  expect(reply.status).toBe(200);
  expect(reply.body).toMatchObject({ ok: true, data: { memberCount: 151 } });
}

describe('malformed operation paths', () => {
  it.each(['%', '%E0%A4%A', 'members.list%', '%ZZ', '%C0%80'])('/api/%s answers 400, and the server carries on', async (path) => {
    const reply = await rawRequest(server.origin, [apiHead(server.origin, token, path, { 'content-length': '2' }), '{}']);
    expect(reply.status).toBe(400);
    expect(reply.text).toContain('malformed %-escape');
    await expectStillServing();
  });
});

describe('control characters in searches', () => {
  it.each(['Maria\u0000Control', '\u0000', 'Ma\u0001ria', '\u0007\u001b[31m', 'Maria\u007f', '\u0085Control', 'Maria\r\nControl'])(
    'search %j gets an answer from every searchable list',
    async (search) => {
      for (const operation of ['members.list', 'organisations.list', 'recommendations.list']) {
        const reply = await post(operation, { search });
        expect(reply.status, operation).toBe(200);
      }
      await expectStillServing();
    },
  );

  it('a control character splits words like a space', async () => {
    const reply = await post('members.list', { search: 'Maria\u0000Control' });
    expect(reply.body.data).toMatchObject({ total: 1, items: [{ displayName: 'Maria Control Test' }] });
  });
});

describe('refused bodies', () => {
  const fortyMegabytes = Buffer.alloc(40 * 1024 * 1024, 0x20);

  /** Uploads like a script would, with Node's client, and reports the status or the socket error. */
  function upload(body: Buffer, options: { chunked?: boolean; expectContinue?: boolean; headers?: Record<string, string> } = {}): Promise<number | string> {
    return new Promise((resolve) => {
      const headers: Record<string, string> = { 'content-type': 'application/json', [tokenHeader]: token, ...options.headers };
      if (!options.chunked) headers['content-length'] = String(body.length);
      if (options.expectContinue) headers.expect = '100-continue';
      const request = http.request(`${server.origin}/api/members.list`, { method: 'POST', headers }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      });
      request.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      if (options.expectContinue) {
        request.on('continue', () => request.end(body));
        request.flushHeaders();
      } else if (options.chunked) {
        for (let offset = 0; offset < body.length; offset += 1024 * 1024) request.write(body.subarray(offset, offset + 1024 * 1024));
        request.end();
      } else {
        request.end(body);
      }
    });
  }

  it('a 40 MB upload with a declared length gets its 413, never a reset, every time', async () => {
    for (let attempt = 0; attempt < 5; attempt++) expect(await upload(fortyMegabytes)).toBe(413);
    await expectStillServing();
  });

  it('a 40 MB chunked upload gets its 413 too', async () => {
    for (let attempt = 0; attempt < 3; attempt++) expect(await upload(fortyMegabytes, { chunked: true })).toBe(413);
    await expectStillServing();
  });

  it('a client that asks first (Expect: 100-continue) is refused before it sends the body', async () => {
    expect(await upload(fortyMegabytes, { expectContinue: true })).toBe(413);
    await expectStillServing();
  });

  it('a large upload refused for another reason (no token, not JSON) gets that answer, not a reset', async () => {
    expect(await upload(fortyMegabytes, { headers: { [tokenHeader]: 'wrong' } })).toBe(401);
    expect(await upload(fortyMegabytes, { headers: { 'content-type': 'text/plain' } })).toBe(415);
    await expectStillServing();
  });

  it('an upload far beyond what is worth reading is cut off, and the server carries on', async () => {
    const reply = await rawRequest(server.origin, [apiHead(server.origin, token, 'members.list', { 'content-length': String(100 * maxBodyBytes) })], 2000);
    expect(reply.status).toBe(413);
    await expectStillServing();
  });
});

describe('slow and broken clients', () => {
  it('headers that never finish are answered 408 within the bound', async () => {
    const started = Date.now();
    const reply = await rawRequest(server.origin, [`POST /api/ledger.status HTTP/1.1\r\nhost: ${new URL(server.origin).host}\r\n`], 8000);
    expect(reply.ending).not.toBe('open');
    expect(reply.status).toBe(408);
    expect(Date.now() - started).toBeLessThan(7000);
    await expectStillServing();
  });

  it('a body that never finishes is cut off within the request bound', async () => {
    const reply = await rawRequest(server.origin, [apiHead(server.origin, token, 'ledger.status', { 'content-length': '100' }), '{"'], 9000);
    expect(reply.ending).not.toBe('open');
    await expectStillServing();
  });

  it('a malformed request line or header gets a 400', async () => {
    for (const garbage of ['NOT HTTP AT ALL\r\n\r\n', 'GET / HTTP/1.1\r\nBroken Header Line\r\n\r\n', 'POST /api/x HTTP/1.1\r\nhost: a\r\ncontent-length: -5\r\n\r\n']) {
      const reply = await rawRequest(server.origin, [garbage]);
      expect(reply.status, garbage).toBe(400);
    }
    await expectStillServing();
  });

  it('a client that hangs up in the middle of its body leaves the server serving', async () => {
    await rawRequest(server.origin, [apiHead(server.origin, token, 'members.list', { 'content-length': '1000' }), '{"search":'], 200);
    await expectStillServing();
  });
});

describe('a fault inside one request', () => {
  it('answers that request 500 and nothing else changes', async () => {
    failNextDispatch = true;
    const reply = await post('ledger.status', {});
    expect(reply.status).toBe(500);
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(serverFaults.map(String)).toContain('Error: a bug in one handler');
    await expectStillServing();
  });
});

describe('the app opened as http://localhost', () => {
  it('accepts the Origin http://localhost:<port> when the request is addressed to localhost', async () => {
    const port = new URL(server.origin).port;
    const reply = await rawRequest(server.origin, [
      apiHead(server.origin, token, 'ledger.status', { host: `localhost:${port}`, origin: `http://localhost:${port}`, 'content-length': '2' }),
      '{}',
    ], 1000);
    expect(reply.status).toBe(200);
  });

  it('still refuses an Origin that does not match the Host', async () => {
    const port = new URL(server.origin).port;
    for (const [host, origin] of [
      [`127.0.0.1:${port}`, `http://localhost:${port}`],
      [`localhost:${port}`, `http://localhost:${Number(port) + 1}`],
      [`localhost:${port}`, `https://localhost:${port}`],
    ]) {
      const reply = await rawRequest(server.origin, [apiHead(server.origin, token, 'ledger.status', { host: host!, origin: origin!, 'content-length': '2' }), '{}'], 1000);
      expect(reply.status, `${host} ${origin}`).toBe(403);
    }
  });
});
