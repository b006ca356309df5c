import { Readable } from 'node:stream';

const chunkBytes = 64 * 1024;

/** Feeds a buffer to a streaming parser in chunks, reporting how much it has taken so far. */
export function chunkedReadable(bytes: Uint8Array, onBytesRead: (bytesRead: number) => void): Readable {
  function* chunks() {
    for (let start = 0; start < bytes.length; start += chunkBytes) {
      const end = Math.min(bytes.length, start + chunkBytes);
      onBytesRead(end);
      yield Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start);
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}
