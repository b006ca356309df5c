import crypto from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/handlers/dispatch';
import { PrintViews } from '../../../electron/web/print-views';
import { startWebServer, tokenHeader, type RunningWebServer } from '../../../electron/web/web-server';
import { makeTempDir, openTempLedger, type TempLedger } from '../../support/temp-ledger';

let temp: TempLedger;
let server: RunningWebServer;
let clock = 0;
const printViews = new PrintViews({ now: () => clock });

beforeAll(async () => {
  temp = await openTempLedger({ now: () => new Date('2027-01-20T17:00:00Z') });
  const dispatch = createDispatcher({ ledger: temp.ledger, dataDir: temp.dataDir, printer: printViews }, () => undefined);
  server = await startWebServer({ dispatch, staticDir: makeTempDir('secretariat-static-'), token: 'print-token', printViews });
});
afterAll(async () => {
  await server.close();
  await temp.close();
});

async function saveQuarterlyAsPdf(language: 'en' | 'fr') {
  const response = await fetch(`${server.origin}/api/reports.quarterly.generate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [tokenHeader]: 'print-token', origin: server.origin },
    body: JSON.stringify({ quarter: { fiscalYear: 2026, quarter: 3 }, format: 'pdf', language }),
  });
  const envelope = (await response.json()) as { ok: boolean; data: { fileName: string; mimeType: string; base64: string; printViewUrl?: string } };
  expect(envelope.ok).toBe(true);
  return envelope.data;
}

describe('web mode’s PDF: the print view the browser saves', () => {
  it('is handed out by the API behind the token, at an address nobody can guess', async () => {
    const file = await saveQuarterlyAsPdf('fr');
    expect(file).toMatchObject({ fileName: 'rapport-trimestriel-2026-Q3-draft.pdf', mimeType: 'text/html', base64: '' });
    expect(file.printViewUrl).toMatch(/^\/print\/[A-Za-z0-9_-]{32}$/);
    const other = await saveQuarterlyAsPdf('fr');
    expect(other.printViewUrl).not.toBe(file.printViewUrl);
  });

  it('is served to a plain browser request (a new tab sends no token), locked down by its own policy', async () => {
    const { printViewUrl } = await saveQuarterlyAsPdf('en');
    const response = await fetch(`${server.origin}${printViewUrl}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const policy = response.headers.get('content-security-policy')!;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(policy).not.toContain('unsafe-eval');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain('<html lang="en-CA">');
    // Its title is the file's name, which the browser offers when saving the PDF.
    expect(html).toContain('<title>quarterly-report-2026-Q3-draft</title>');
    // The release was recorded as a PDF, fingerprinted by the print view the browser prints from.
    const release = await temp.ledger.db.selectFrom('report_releases').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(release).toMatchObject({ format: 'pdf', language: 'en', file_name: 'quarterly-report-2026-Q3-draft.pdf' });
    expect(release.file_sha256).toBe(crypto.createHash('sha256').update(html).digest('hex'));
  });

  it('answers 404 for an address never given out, and once the view has expired', async () => {
    expect((await fetch(`${server.origin}/print/${'A'.repeat(32)}`)).status).toBe(404);
    expect((await fetch(`${server.origin}/print/%2e%2e%2fapi`)).status).toBe(404);
    const { printViewUrl } = await saveQuarterlyAsPdf('en');
    expect((await fetch(`${server.origin}${printViewUrl}`)).status).toBe(200);
    clock += 11 * 60_000;
    const expired = await fetch(`${server.origin}${printViewUrl}`);
    expect(expired.status).toBe(404);
    expect(await expired.text()).toContain('Save as PDF');
  });

  it('only reads: a POST is refused, and only this machine’s host names are served', async () => {
    const { printViewUrl } = await saveQuarterlyAsPdf('en');
    expect((await fetch(`${server.origin}${printViewUrl}`, { method: 'POST' })).status).toBe(405);
    const status = await new Promise<number>((resolve) => {
      const url = new URL(`${server.origin}${printViewUrl}`);
      http.get({ host: url.hostname, port: url.port, path: url.pathname, headers: { host: 'evil.example' } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
    });
    expect(status).toBe(403);
  });
});
