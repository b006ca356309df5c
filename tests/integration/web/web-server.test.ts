import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, tokenHeader, type RunningWebServer } from '../../../electron/web/web-server';
import { operationNames } from '../../../shared/contract';
import { memberDraft } from '../../support/member-drafts';
import { makeTempDir, openTempLedger, type TempLedger } from '../../support/temp-ledger';

let temp: TempLedger;
let server: RunningWebServer;
let staticDir: string;

beforeAll(async () => {
  temp = await openTempLedger();
  staticDir = makeTempDir('secretariat-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(path.dirname(staticDir), 'secret.txt'), 'outside the renderer');
  server = await startWebServer({ dispatch: temp.dispatch, staticDir, token: 'test-token-123' });
});
afterAll(async () => {
  await server.close();
  await temp.close();
});

function post(operation: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.origin}/api/${operation}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [tokenHeader]: 'test-token-123', origin: server.origin, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function memberCount(): Promise<number> {
  return (await temp.ledger.db.selectFrom('members').select('id').execute()).length;
}

describe('the loopback HTTP transport', () => {
  it('listens on 127.0.0.1 only and prints an address carrying the token in the fragment', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.appUrl).toBe(`${server.origin}/#token=test-token-123`);
  });

  it('runs an operation for a request with the token from the app origin', async () => {
    const response = await post('members.create', { member: memberDraft() });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, data: { displayName: 'María José Núñez' } });
  });

  it('refuses a request without the token, and writes nothing', async () => {
    const before = await memberCount();
    const response = await post('members.create', { member: memberDraft() }, { [tokenHeader]: '' });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('token') } });
    expect(await memberCount()).toBe(before);
  });

  it('refuses a request with a wrong token of the same length', async () => {
    const response = await post('members.list', {}, { [tokenHeader]: 'test-token-124' });
    expect(response.status).toBe(401);
  });

  it('refuses a request from another Origin even with the token, and writes nothing', async () => {
    const before = await memberCount();
    const response = await post('members.create', { member: memberDraft() }, { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { message: expect.stringContaining('https://evil.example') } });
    expect(await memberCount()).toBe(before);
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        `${server.origin}/api/members.list`,
        { method: 'POST', headers: { host: 'attacker.example', 'content-type': 'application/json', [tokenHeader]: 'test-token-123' } },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on('error', reject);
      request.end('{}');
    });
    expect(status).toBe(403);
  });

  it('answers a malformed call with a clear message naming the problem', async () => {
    const wrongTypes = await post('members.create', { member: { ...memberDraft(), languages: 'es' } });
    expect(wrongTypes.status).toBe(400);
    expect(await wrongTypes.json()).toMatchObject({ error: { code: 'invalid_input', issues: [{ path: 'member.languages' }] } });
    const notJson = await post('members.create', '{"member":');
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: { message: 'The request body is not valid JSON' } });
    const unknown = await post('members.destroy', {});
    expect(unknown.status).toBe(404);
  });

  it('refuses a body over the size limit', async () => {
    const response = await post('members.list', { search: 'x'.repeat(33 * 1024 * 1024) });
    expect(response.status).toBe(413);
  });

  it('lists every operation with JSON Schemas of input and output on GET /api', async () => {
    const response = await fetch(`${server.origin}/api`, { headers: { [tokenHeader]: 'test-token-123' } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { operations: Record<string, { input: { type: string; properties: object }; output: object; path: string }> };
    expect(Object.keys(body.operations).sort()).toEqual([...operationNames].sort());
    expect(body.operations['members.create']).toMatchObject({
      path: '/api/members.create',
      input: { type: 'object', properties: { member: { type: 'object' } }, additionalProperties: false },
    });
    const unauthenticated = await fetch(`${server.origin}/api`);
    expect(unauthenticated.status).toBe(401);
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const page = await fetch(`${server.origin}/members/12`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<title>app</title>');
    const escape = await fetch(`${server.origin}/..%2Fsecret.txt`);
    expect(escape.status).toBe(404);
    expect(await escape.text()).not.toContain('outside the renderer');
  });
});
