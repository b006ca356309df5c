import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../shared/content-security-policy';

vi.mock('electron', () => import('./fake-electron'));

const { protocol } = await import('./fake-electron');
const { createRendererRequestHandler, registerAppScheme, serveRenderer } =
  await import('../../../electron/main/renderer-protocol');

describe('app:// renderer protocol', () => {
  let workDir: string;
  let rendererDir: string;
  let handle: (request: Request) => Response;

  beforeAll(() => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shell-protocol-'));
    rendererDir = path.join(workDir, 'out', 'renderer');
    fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
    fs.writeFileSync(path.join(rendererDir, 'assets', 'index.js'), 'console.log("app")');
    // Files next to the renderer folder that must never be served.
    fs.writeFileSync(path.join(workDir, 'out', 'secret.txt'), 'main-process secret');
    fs.writeFileSync(path.join(workDir, 'secret.txt'), 'project secret');
    handle = createRendererRequestHandler(rendererDir);
  });

  afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

  it('registers app:// as a standard, secure scheme', () => {
    registerAppScheme();
    expect(protocol.privileged).toContainEqual({
      scheme: 'app',
      privileges: expect.objectContaining({ standard: true, secure: true }),
    });
    const privileges = protocol.privileged.find((entry) => entry.scheme === 'app')?.privileges;
    // Leaving CORS off keeps app:// unreadable from any other origin.
    expect(privileges?.corsEnabled).toBeUndefined();
    expect(privileges?.bypassCSP).toBeUndefined();
  });

  it('installs the handler for the app scheme', () => {
    serveRenderer(rendererDir);
    expect(protocol.handlers.has('app')).toBe(true);
  });

  it('serves index.html with the content security policy header', async () => {
    const response = handle(new Request('app://renderer/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>app</title>');
  });

  it('serves scripts with the policy too', async () => {
    const response = handle(new Request('app://renderer/assets/index.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    'app://renderer/../secret.txt',
    'app://renderer/../../secret.txt',
    'app://renderer/%2e%2e/secret.txt',
    'app://renderer/%2e%2e/%2e%2e/secret.txt',
    'app://renderer/..%2fsecret.txt',
    'app://renderer/..%2f..%2fsecret.txt',
    'app://renderer/..%5c..%5csecret.txt',
    'app://renderer/assets/..%2f..%2f..%2fsecret.txt',
    'app://renderer/%2fetc%2fpasswd',
    'app://renderer/index.html%00.js',
  ])('never serves a file outside the renderer folder for %s', async (url) => {
    const response = handle(new Request(url));
    const body = await response.text();
    expect(body).not.toContain('secret');
    expect(body).not.toContain('root:');
    // Either refused, or the app shell itself (extensionless paths route to index.html).
    if (response.status === 200) expect(body).toContain('<title>app</title>');
    else expect(response.status).toBe(404);
  });

  it('refuses a path traversal that names a real file outside the folder', () => {
    const outside = path.relative(rendererDir, path.join(workDir, 'secret.txt')).split(path.sep).join('/');
    expect(handle(new Request(`app://renderer/${encodeURIComponent(outside)}`)).status).toBe(404);
  });

  it('answers only for the renderer host', () => {
    expect(handle(new Request('app://elsewhere/index.html')).status).toBe(404);
  });

  it('answers 404 for a missing asset rather than the app shell', () => {
    expect(handle(new Request('app://renderer/assets/missing.js')).status).toBe(404);
  });

  it('refuses anything but GET and HEAD', () => {
    expect(handle(new Request('app://renderer/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
  });
});
