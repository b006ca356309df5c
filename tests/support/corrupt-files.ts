import fs from 'node:fs';

/**
 * Overwrites the header of every b-tree page after the first with noise. Flipping bytes inside a
 * record's text would be invisible to any check (it is still a valid string); broken page headers are
 * what a torn write or a bad sector leaves behind, and they are what quick_check must catch.
 */
export function flipPageHeaders(file: string, seed: number): void {
  const bytes = fs.readFileSync(file);
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16);
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state & 0xff;
  };
  for (let page = 1; page * pageSize < bytes.length; page++) {
    const start = page * pageSize;
    for (let offset = 0; offset < 12; offset++) bytes[start + offset] = (bytes[start + offset] as number) ^ (next() | 1);
  }
  fs.writeFileSync(file, bytes);
}

export function truncateFile(file: string, fraction: number): void {
  const size = fs.statSync(file).size;
  fs.truncateSync(file, Math.floor(size * fraction));
}
