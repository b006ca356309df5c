import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxBodyBytes, startWebServer, tokenHeader, type RunningWebServer } from '../../../electron/web/web-server';
import type { Dispatch } from '../../../electron/handlers/dispatch';
import { makeTempDir } from '../../support/temp-ledger';

interface Reply {
  status: number;
  body: string;
}

/** A raw request, so the test controls headers and how the body is sent (declared or chunked). */
function send(server: RunningWebServer, options: { headers?: Record<string, string>; chunks?: Buffer[]; path?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${server.origin}${options.path ?? '/api/ledger.status'}`,
      { method: 'POST', headers: { 'content-type': 'application/json', [tokenHeader]: server.token, ...options.headers } },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('error', reject);
    const writeAll = async () => {
      for (const chunk of options.chunks ?? []) {
        if (request.destroyed) return;
        if (!request.write(chunk)) await new Promise((done) => request.once('drain', done).once('close', done));
      }
      request.end();
    };
    void writeAll();
  });
}

describe('the loopback server against hostile requests', () => {
  let server: RunningWebServer;
  const calls: string[] = [];
  beforeAll(async () => {
    const dispatch: Dispatch = async (operation) => {
      calls.push(operation);
      return { ok: true, data: {} };
    };
    server = await startWebServer({ dispatch, staticDir: makeTempDir(), token: 'test-token-123456' });
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses a body declared larger than the limit without reading it', async () => {
    calls.length = 0;
    const reply = await send(server, { headers: { 'content-length': String(maxBodyBytes + 1) }, chunks: [Buffer.from('{}')] }).catch(
      (error: Error) => ({ status: -1, body: error.message }),
    );
    expect(reply.status).toBe(413);
    expect(reply.body).toMatch(/larger than 32 MB/);
    expect(calls).toEqual([]);
  });

  it('refuses a chunked body that grows past the limit, and the server carries on', async () => {
    calls.length = 0;
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const chunks = Array.from({ length: maxBodyBytes / chunk.length + 2 }, () => chunk);
    const reply = await send(server, { chunks }).catch((error: Error) => ({ status: -1, body: error.message }));
    // The server answers 413, reads the rest away and closes: the client always hears why.
    expect(reply.status).toBe(413);
    expect(reply.body).toMatch(/larger than/);
    expect(calls).toEqual([]);
    const after = await send(server, { chunks: [Buffer.from('{}')] });
    expect(after.status).toBe(200);
    expect(calls).toEqual(['ledger.status']);
  });

  it('refuses requests without the token or from another origin', async () => {
    calls.length = 0;
    expect((await send(server, { headers: { [tokenHeader]: 'wrong' }, chunks: [Buffer.from('{}')] })).status).toBe(401);
    expect((await send(server, { headers: { origin: 'https://evil.example' }, chunks: [Buffer.from('{}')] })).status).toBe(403);
    expect((await send(server, { headers: { host: 'evil.example' }, chunks: [Buffer.from('{}')] })).status).toBe(403);
    expect(calls).toEqual([]);
  });
});
