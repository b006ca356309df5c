import net from 'node:net';

export interface RawReply {
  /** Everything the server wrote before closing (or before the wait ended). */
  text: string;
  status: number | null;
  /** How the connection ended: closed by the server normally, reset, or still open when we stopped. */
  ending: 'closed' | 'reset' | 'open';
}

/**
 * Writes bytes to the server on a raw socket, exactly as given (malformed requests no HTTP client would
 * send), then collects the answer until the server closes or `waitMs` passes.
 */
export function rawRequest(origin: string, parts: (string | Buffer)[], waitMs = 3000): Promise<RawReply> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    let text = '';
    let settled = false;
    const finish = (ending: RawReply['ending']) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const status = /^HTTP\/1\.1 (\d{3})/.exec(text);
      resolve({ text, status: status ? Number(status[1]) : null, ending });
    };
    const timer = setTimeout(() => finish('open'), waitMs);
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
    socket.on('end', () => finish('closed'));
    socket.on('error', (error: NodeJS.ErrnoException) => finish(error.code === 'ECONNRESET' || error.code === 'EPIPE' ? 'reset' : 'closed'));
    socket.on('connect', async () => {
      for (const part of parts) {
        if (socket.destroyed) return;
        if (!socket.write(part)) await new Promise((done) => socket.once('drain', done));
      }
    });
  });
}

/** The head of an HTTP/1.1 request for a token-bearing API call; the server closes after answering. */
export function apiHead(origin: string, token: string, operation: string, extraHeaders: Record<string, string> = {}): string {
  const host = new URL(origin).host;
  const headers = { host, connection: 'close', 'content-type': 'application/json', 'x-secretariat-token': token, ...extraHeaders };
  return `POST /api/${operation} HTTP/1.1\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n')}\r\n\r\n`;
}
