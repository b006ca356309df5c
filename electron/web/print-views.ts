import crypto from 'node:crypto';
import { printBarScript } from '../reports/html/render-print-html';
import type { DocumentPrinter, PrintedDocument } from '../reports/pdf/document-printer';

/**
 * The print view's own policy: its styles are inline, its one script is the print button's (allowed by
 * its hash), pictures are inline SVG; nothing is fetched, framed or submitted.
 */
export const printViewContentSecurityPolicy = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src 'sha256-${crypto.createHash('sha256').update(printBarScript).digest('base64')}'`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const ticketPattern = /^\/print\/([A-Za-z0-9_-]{32})$/;

/**
 * Web mode's printer. A new tab cannot send the API's token header, so a print view is published at
 * an address nobody can guess (/print/<192 random bits>), handed out only to an API call that
 * presented the token. It lives ten minutes (a reload works), and only the last twenty are kept.
 */
export class PrintViews implements DocumentPrinter {
  private readonly views = new Map<string, { html: string; expiresAt: number }>();
  private readonly now: () => number;
  private readonly lifetimeMs: number;
  private readonly kept: number;

  constructor(options: { now?: () => number; lifetimeMs?: number; kept?: number } = {}) {
    this.now = options.now ?? Date.now;
    this.lifetimeMs = options.lifetimeMs ?? 10 * 60_000;
    this.kept = options.kept ?? 20;
  }

  async print(html: string): Promise<PrintedDocument> {
    this.forgetExpired();
    const ticket = crypto.randomBytes(24).toString('base64url');
    this.views.set(ticket, { html, expiresAt: this.now() + this.lifetimeMs });
    while (this.views.size > this.kept) this.views.delete(this.views.keys().next().value as string);
    return { kind: 'print-view', url: `/print/${ticket}` };
  }

  /** The view at an address (/print/<ticket>), or undefined when there is none or it expired. */
  find(urlPath: string): string | undefined {
    this.forgetExpired();
    const ticket = ticketPattern.exec(urlPath.split('?')[0] ?? '')?.[1];
    return ticket ? this.views.get(ticket)?.html : undefined;
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [ticket, view] of this.views) if (view.expiresAt <= now) this.views.delete(ticket);
  }
}
