import zlib from 'node:zlib';

// The attacker's side, written apart from the app: every form in which bytes found on a drive can be
// read. pg_dump's custom format compresses each table's rows with zlib, so a plain dump's raw bytes need
// not show a name that its inflated blocks hold: a search must inflate too.

const zlibSecondBytes = new Set([0x01, 0x5e, 0x9c, 0xda]);
const tolerant = { finishFlush: zlib.constants.Z_SYNC_FLUSH };

function attempt(read: () => Buffer): Buffer[] {
  try {
    return [read()];
  } catch {
    return [];
  }
}

/** The bytes as they are, decompressed whole (gzip, zlib, raw deflate, brotli), and every zlib or gzip stream inside them, inflated. */
export function readableForms(bytes: Buffer): Buffer[] {
  const forms = [
    bytes,
    ...attempt(() => zlib.gunzipSync(bytes, tolerant)),
    ...attempt(() => zlib.inflateSync(bytes, tolerant)),
    ...attempt(() => zlib.inflateRawSync(bytes, tolerant)),
    ...attempt(() => zlib.brotliDecompressSync(bytes)),
  ];
  for (let offset = 1; offset < bytes.length - 2; offset++) {
    const [first, second] = [bytes[offset], bytes[offset + 1] as number];
    if (first === 0x78 && zlibSecondBytes.has(second)) forms.push(...attempt(() => zlib.inflateSync(bytes.subarray(offset), tolerant)));
    if (first === 0x1f && second === 0x8b) forms.push(...attempt(() => zlib.gunzipSync(bytes.subarray(offset), tolerant)));
  }
  return forms;
}
