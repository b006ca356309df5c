import fs from 'node:fs';
import path from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/**
 * Resolves a URL path inside the built renderer, refusing anything that escapes it.
 * Unknown paths without an extension fall back to index.html (the app routes itself).
 */
export function readStaticFile(root: string, urlPath: string): StaticFile | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const rootResolved = path.resolve(root);
  const requested = path.resolve(rootResolved, `.${path.posix.normalize(`/${decoded}`)}`);
  if (requested !== rootResolved && !requested.startsWith(rootResolved + path.sep)) return undefined;
  let file = requested;
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    if (path.extname(decoded) !== '') return undefined;
    file = path.join(rootResolved, 'index.html');
    if (!fs.existsSync(file)) return undefined;
  }
  return { body: fs.readFileSync(file), contentType: contentTypes[path.extname(file)] ?? 'application/octet-stream' };
}
