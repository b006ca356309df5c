import crypto from 'node:crypto';
import type http from 'node:http';

export const tokenHeader = 'x-secretariat-token';

export interface Refusal {
  status: number;
  message: string;
}

/** The names this server answers to; both mean this machine, and browsers use either. */
export function loopbackHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** A page on another site could reach 127.0.0.1 through DNS rebinding: only our own host names pass. */
export function hostRefusal(request: http.IncomingMessage, port: number): Refusal | null {
  return loopbackHosts(port).includes(request.headers.host ?? '')
    ? null
    : { status: 403, message: 'Requests must be addressed to this machine by its loopback address' };
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/**
 * An API call must come from the app's own page (an Origin header, when a browser sends one, naming the
 * very host the request is addressed to: the app opened as http://localhost:PORT calls with that origin)
 * and carry this run's token. Call after hostRefusal, so the Host header is one of ours.
 */
export function apiRefusal(request: http.IncomingMessage, token: string): Refusal | null {
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${request.headers.host}`) {
    return { status: 403, message: `Requests from ${origin.slice(0, 100)} are refused; only the app itself may call the API` };
  }
  if (!sameToken(request.headers[tokenHeader] as string | undefined, token)) {
    return { status: 401, message: `The request has no valid ${tokenHeader} header; open the address the app printed` };
  }
  return null;
}
