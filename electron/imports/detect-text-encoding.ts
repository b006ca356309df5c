import chardet from 'chardet';
import iconv from 'iconv-lite';

/** Legacy single-byte guesses that Excel on Windows actually writes as Windows-1252. */
const readAsWindows1252 = new Set(['ascii', 'us-ascii', 'iso-8859-1', 'iso-8859-15', 'windows-1252']);
/** chardet reads every byte it is given; a megabyte is plenty to judge and keeps a 20 MB file quick. */
const guessSampleBytes = 1024 * 1024;

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The encoding of a CSV file: a byte-order mark wins; text that decodes as UTF-8 is UTF-8
 * (statistical guesses stumble on short files); otherwise chardet guesses, and Latin guesses
 * become Windows-1252, the superset Excel uses on Windows.
 */
export function detectTextEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // UTF-16 without a mark is full of zero bytes, which are valid UTF-8: let chardet judge it.
  if (!bytes.includes(0) && isValidUtf8(bytes)) return 'utf-8';
  const guess = chardet.detect(bytes.subarray(0, guessSampleBytes))?.toLowerCase();
  if (!guess || readAsWindows1252.has(guess)) return 'windows-1252';
  return iconv.encodingExists(guess) ? guess : 'windows-1252';
}
