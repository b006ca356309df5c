import { protocol } from 'electron';
import { contentSecurityPolicy } from '../../shared/content-security-policy';
import { readStaticFile } from '../web/static-files';
import { appHost, appScheme } from './app-origin';

/**
 * Must run before the app is ready. "standard" gives app:// real origins and relative URLs,
 * "secure" makes it a secure context like https, so the renderer never needs file://,
 * whose pages can read any other local file.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const baseHeaders = {
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-cache',
};

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { ...baseHeaders, 'content-type': 'text/plain; charset=utf-8' },
  });
}

/** Serves the built renderer and nothing else: other hosts, other methods and escapes from rendererDir get 404/405. */
export function createRendererRequestHandler(rendererDir: string): (request: Request) => Response {
  return (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: baseHeaders });
    }
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (url.protocol !== `${appScheme}:` || url.host !== appHost) return notFound();
    const file = readStaticFile(rendererDir, url.pathname);
    if (!file) return notFound();
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
      status: 200,
      headers: { ...baseHeaders, 'content-type': file.contentType, 'content-security-policy': contentSecurityPolicy },
    });
  };
}

/** After ready: app://renderer/... answers from the built renderer folder. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(appScheme, createRendererRequestHandler(rendererDir));
}
