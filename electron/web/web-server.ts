import http from 'node:http';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { AppErrorShape, Envelope } from '../../shared/errors';
import { contentSecurityPolicy } from '../../shared/content-security-policy';
import type { Dispatch } from '../handlers/dispatch';
import { describeApi } from './api-description';
import { readStaticFile } from './static-files';
import { answerWithoutReadingBody, BodyTooLargeError, declaredLength, readBody } from './request-body';
import { apiRefusal, hostRefusal, loopbackHosts, tokenHeader } from './request-access';
import { printViewContentSecurityPolicy, type PrintViews } from './print-views';

export { tokenHeader };
/** Large enough for a 20 MB spreadsheet sent as base64, small enough to refuse a flood. */
export const maxBodyBytes = 32 * 1024 * 1024;

export interface WebServerOptions {
  dispatch: Dispatch;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  /** Tests pass their own; otherwise a fresh random one per run. */
  token?: string;
  /** A client that sends its headers slower than this is cut off (slowloris); tests shorten it. */
  headersTimeoutMs?: number;
  /** The same for the whole request, body included. */
  requestTimeoutMs?: number;
  /** Faults inside the server itself (never a coordinator's mistake); printed by default. */
  onError?: (error: unknown) => void;
  /** Print views of documents saved as PDF, served at /print/<ticket>. */
  printViews?: PrintViews;
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

/** A refused upload is read on and thrown away up to this much, so the client hears the 413; then cut. */
const drainLimits = { maxBytes: 2 * maxBodyBytes, maxMs: 30_000 };

const jsonHeaders = { ...securityHeaders, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, jsonHeaders);
  response.end(JSON.stringify(body));
}

function errorEnvelope(code: AppErrorShape['code'], message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

function sendError(response: http.ServerResponse, status: number, code: AppErrorShape['code'], message: string): void {
  sendJson(response, status, errorEnvelope(code, message));
}

const tooLargeMessage = `The request is larger than ${maxBodyBytes / 1024 / 1024} MB and was refused`;

function refuseTooLarge(request: http.IncomingMessage, response: http.ServerResponse): void {
  const body = JSON.stringify(errorEnvelope('invalid_input', tooLargeMessage));
  answerWithoutReadingBody(request, response, { status: 413, headers: jsonHeaders, body }, drainLimits);
}

/** The operation named in /api/<operation>; null when its %-escapes are malformed. */
function operationIn(url: string): string | null {
  try {
    return decodeURIComponent(url.slice('/api/'.length).split('?')[0] ?? '');
  } catch {
    return null;
  }
}

function serveStatic(staticDir: string, request: http.IncomingMessage, response: http.ServerResponse): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendError(response, 405, 'forbidden', 'Only GET is allowed here');
    return;
  }
  const file = readStaticFile(staticDir, request.url ?? '/');
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
}

/** A document's print view, opened in a new tab (no token header there: the ticket in the address is the key). */
function servePrintView(printViews: PrintViews | undefined, request: http.IncomingMessage, response: http.ServerResponse): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendError(response, 405, 'forbidden', 'Only GET is allowed here');
    return;
  }
  const html = printViews?.find(request.url ?? '');
  if (html === undefined) {
    response.writeHead(404, { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    response.end('This print view has expired or was never made. Go back to the app and choose "Save as PDF" again.');
    return;
  }
  response.writeHead(200, {
    ...securityHeaders,
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': printViewContentSecurityPolicy,
    'x-frame-options': 'DENY',
    'cache-control': 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : html);
}

async function callOperation(options: WebServerOptions, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const url = request.url ?? '/';
  if (url === '/api' || url === '/api/') {
    if (request.method !== 'GET') sendError(response, 405, 'forbidden', 'Use GET /api to list the operations');
    else sendJson(response, 200, describeApi());
    return;
  }
  if (request.method !== 'POST') {
    sendError(response, 405, 'forbidden', 'Operations are called with POST');
    return;
  }
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    sendError(response, 415, 'invalid_input', 'Operations take a JSON body (content-type: application/json)');
    return;
  }
  const operation = operationIn(url);
  if (operation === null) {
    sendError(response, 400, 'invalid_input', 'The operation in the address is not valid (a malformed %-escape)');
    return;
  }
  let raw: string;
  try {
    raw = await readBody(request, maxBodyBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) refuseTooLarge(request, response);
    else sendError(response, 400, 'invalid_input', 'The request body could not be read');
    return;
  }
  let input: unknown;
  try {
    input = raw === '' ? {} : JSON.parse(raw);
  } catch {
    sendError(response, 400, 'invalid_input', 'The request body is not valid JSON');
    return;
  }
  const envelope = await options.dispatch(operation, input);
  sendJson(response, envelope.ok ? 200 : statusForCode[envelope.error.code], envelope);
}

/** The loopback transport: the same dispatch as IPC, behind a per-run token and an Origin check. */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const onError = options.onError ?? console.error;
  let port = 0;

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const refusal = hostRefusal(request, port) ?? ((request.url ?? '/').startsWith('/api') ? apiRefusal(request, token) : null);
    if (refusal) {
      sendError(response, refusal.status, 'forbidden', refusal.message);
      return;
    }
    const url = request.url ?? '/';
    if (url.startsWith('/api')) await callOperation(options, request, response);
    else if (url.startsWith('/print/')) servePrintView(options.printViews, request, response);
    else serveStatic(options.staticDir, request, response);
  }

  // A fault in one request must never end the process: every request's own failure ends in a 500 for
  // that request alone (an unhandled rejection would otherwise stop Node, and with it the app).
  const answer = (request: http.IncomingMessage, response: http.ServerResponse) => {
    // A client that hangs up mid-upload makes its request emit an error; that is its business.
    request.on('error', () => undefined);
    handle(request, response).catch((error: unknown) => {
      onError(error);
      if (response.headersSent) response.destroy();
      else sendError(response, 500, 'internal', 'The app failed while answering this request; it keeps running. Reload the page and check the change before trying again.');
    });
  };

  const server = http.createServer({ connectionsCheckingInterval: 1000 }, answer);
  server.headersTimeout = options.headersTimeoutMs ?? 20_000;
  server.requestTimeout = options.requestTimeoutMs ?? 120_000;
  // "Expect: 100-continue": an upload declared too large is refused before the client sends a byte.
  server.on('checkContinue', (request: http.IncomingMessage, response: http.ServerResponse) => {
    if (declaredLength(request) > maxBodyBytes && !hostRefusal(request, port)) {
      response.setHeader('connection', 'close');
      sendError(response, 413, 'invalid_input', tooLargeMessage);
      return;
    }
    response.writeContinue();
    answer(request, response);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  server.on('error', onError);
  port = (server.address() as AddressInfo).port;
  const origin = `http://${loopbackHosts(port)[0]}`;

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
