import type http from 'node:http';

export class BodyTooLargeError extends Error {}

/** Reads the whole body as UTF-8, stopping (without buffering more) as soon as it passes the limit. */
export function readBody(request: http.IncomingMessage, limitBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    if (declaredLength(request) > limitBytes) {
      reject(new BodyTooLargeError());
      return;
    }
    const parts: Buffer[] = [];
    let size = 0;
    const onData = (part: Buffer) => {
      size += part.length;
      if (size > limitBytes) {
        request.off('data', onData);
        parts.length = 0;
        reject(new BodyTooLargeError());
        return;
      }
      parts.push(part);
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    request.on('error', reject);
  });
}

export function declaredLength(request: http.IncomingMessage): number {
  const declared = Number(request.headers['content-length'] ?? 0);
  return Number.isFinite(declared) ? declared : 0;
}

export interface DrainLimits {
  /** Beyond this many more bytes the client is not worth waiting for: the connection is cut. */
  maxBytes: number;
  maxMs: number;
}

/**
 * Answers a request whose body the server will not read. Closing a socket with unread incoming data
 * makes the kernel answer with a reset, and a client still uploading then sees "connection reset"
 * instead of the answer. So the answer is written whole (its length declared, so the client can read
 * it at once), the rest of the body is read and thrown away within limits, and only then does the
 * response end and the connection close; it is not kept alive, since the body it carried is not ours.
 */
export function answerWithoutReadingBody(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  answer: { status: number; headers: http.OutgoingHttpHeaders; body: string },
  limits: DrainLimits,
): void {
  const bytes = Buffer.from(answer.body, 'utf8');
  response.writeHead(answer.status, { ...answer.headers, 'content-length': bytes.length, connection: 'close' });
  response.write(bytes);
  if (request.complete) {
    response.end();
    return;
  }
  let discarded = 0;
  const cutOff = () => {
    response.end();
    request.destroy();
  };
  const timer = setTimeout(cutOff, limits.maxMs);
  timer.unref();
  request.on('data', (part: Buffer) => {
    discarded += part.length;
    if (discarded > limits.maxBytes) cutOff();
  });
  request.on('end', () => response.end());
  request.on('close', () => clearTimeout(timer));
  request.resume();
}
