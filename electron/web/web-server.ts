import http from 'node:http';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { AppErrorShape, Envelope } from '../../shared/errors';
import { contentSecurityPolicy } from '../../shared/content-security-policy';
import type { Dispatch } from '../handlers/dispatch';
import { describeApi } from './api-description';
import { readStaticFile } from './static-files';

export const tokenHeader = 'x-secretariat-token';
/** Large enough for a 20 MB spreadsheet sent as base64, small enough to refuse a flood. */
export const maxBodyBytes = 32 * 1024 * 1024;

export interface WebServerOptions {
  dispatch: Dispatch;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  /** Tests pass their own; otherwise a fresh random one per run. */
  token?: string;
}

export interface RunningWebServer {
  readonly origin: string;
  readonly token: string;
  /** The address to open: the token travels in the fragment, which browsers never send to servers. */
  readonly appUrl: string;
  close(): Promise<void>;
}

const statusForCode: Record<AppErrorShape['code'], number> = {
  invalid_input: 400,
  unknown_operation: 404,
  not_found: 404,
  conflict: 409,
  illegal_transition: 409,
  forbidden: 403,
  ledger_unavailable: 503,
  storage_full: 507,
  internal: 500,
};

const securityHeaders = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { ...securityHeaders, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

function refuse(response: http.ServerResponse, status: number, message: string): void {
  const envelope: Envelope<never> = { ok: false, error: { code: 'forbidden', message } };
  sendJson(response, status, envelope);
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

class BodyTooLargeError extends Error {}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > maxBodyBytes) {
      reject(new BodyTooLargeError());
      return;
    }
    const parts: Buffer[] = [];
    let size = 0;
    request.on('data', (part: Buffer) => {
      size += part.length;
      if (size > maxBodyBytes) {
        // Stop buffering at once; the socket is closed after the 413 is sent, so the client hears why.
        request.removeAllListeners('data');
        request.pause();
        parts.length = 0;
        reject(new BodyTooLargeError());
        return;
      }
      parts.push(part);
    });
    request.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    request.on('error', reject);
  });
}

/** The loopback transport: the same dispatch as IPC, behind a per-run token and an Origin check. */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  let origin = '';
  let allowedHosts: string[] = [];

  const server = http.createServer(async (request, response) => {
    const url = request.url ?? '/';
    // A page on another site could reach 127.0.0.1 through DNS rebinding: only our own host names pass.
    if (!allowedHosts.includes(request.headers.host ?? '')) {
      refuse(response, 403, 'Requests must be addressed to this machine by its loopback address');
      return;
    }
    if (!url.startsWith('/api')) {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        refuse(response, 405, 'Only GET is allowed here');
        return;
      }
      const file = readStaticFile(options.staticDir, url);
      if (!file) {
        response.writeHead(404, securityHeaders).end('Not found');
        return;
      }
      response.writeHead(200, {
        ...securityHeaders,
        'content-type': file.contentType,
        'content-security-policy': contentSecurityPolicy,
        'x-frame-options': 'DENY',
        'cache-control': 'no-cache',
      });
      response.end(request.method === 'HEAD' ? undefined : file.body);
      return;
    }
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) {
      refuse(response, 403, `Requests from ${requestOrigin.slice(0, 100)} are refused; only the app itself may call the API`);
      return;
    }
    if (!sameToken(request.headers[tokenHeader] as string | undefined, token)) {
      refuse(response, 401, `The request has no valid ${tokenHeader} header; open the address the app printed`);
      return;
    }
    if (url === '/api' || url === '/api/') {
      if (request.method !== 'GET') {
        refuse(response, 405, 'Use GET /api to list the operations');
        return;
      }
      sendJson(response, 200, describeApi());
      return;
    }
    if (request.method !== 'POST') {
      refuse(response, 405, 'Operations are called with POST');
      return;
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      refuse(response, 415, 'Operations take a JSON body (content-type: application/json)');
      return;
    }
    let raw: string;
    try {
      raw = await readBody(request);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        response.setHeader('connection', 'close');
        response.on('finish', () => request.destroy());
        refuse(response, 413, `The request is larger than ${maxBodyBytes / 1024 / 1024} MB and was refused`);
      } else {
        refuse(response, 400, 'The request body could not be read');
      }
      return;
    }
    let input: unknown;
    try {
      input = raw === '' ? {} : JSON.parse(raw);
    } catch {
      sendJson(response, 400, { ok: false, error: { code: 'invalid_input', message: 'The request body is not valid JSON' } });
      return;
    }
    const operation = decodeURIComponent(url.slice('/api/'.length).split('?')[0] ?? '');
    const envelope = await options.dispatch(operation, input);
    sendJson(response, envelope.ok ? 200 : statusForCode[envelope.error.code], envelope);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];

  return {
    origin,
    token,
    appUrl: `${origin}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
