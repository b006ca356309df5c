import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

/** A file's bytes as latin1 text: every byte one character, so UTF-8 text is found as its encoded bytes. */
export function rawText(file: string): string {
  return fs.readFileSync(file).toString('latin1');
}

export function asStoredBytes(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

/** The values among `values` whose bytes appear in the file (checkpointed and vacuumed first when asked). */
export function tracesIn(file: string, values: readonly string[], options: { compactFirst?: boolean } = {}): string[] {
  if (options.compactFirst) {
    const sqlite = new BetterSqlite3(file, { fileMustExist: true });
    try {
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
      sqlite.exec('vacuum');
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      sqlite.close();
    }
  }
  const text = rawText(file);
  return values.filter((value) => text.includes(asStoredBytes(value)));
}
