import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

// Where the ledger lives: the SQLite file in the data folder (the default), or a PostgreSQL server.
// The choice comes from --database-url, else SECRETARIAT_DATABASE_URL, else what Settings saved in the
// data folder's ledger-server.json; it takes effect when the app starts.

export const databaseUrlEnvironmentVariable = 'SECRETARIAT_DATABASE_URL';
const fileName = 'ledger-server.json';
const fileSchema = z.object({ databaseUrl: z.string().nullable() });

export type DatabaseUrlSource = 'command line' | 'environment' | 'settings';

export interface ChosenServer {
  databaseUrl: string;
  source: DatabaseUrlSource;
}

export function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '' && url.pathname.length > 1;
  } catch {
    return false;
  }
}

export function readSavedServer(dataDir: string): string | null {
  try {
    const parsed = fileSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dataDir, fileName), 'utf8')));
    return parsed.success ? parsed.data.databaseUrl : null;
  } catch {
    return null;
  }
}

/**
 * Kept for the next start. The address holds the role's password, so the file is readable by this
 * computer account only (like the ledger file it replaces, which holds the data itself).
 */
export function saveServer(dataDir: string, databaseUrl: string | null): void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, fileName);
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, JSON.stringify({ databaseUrl }, null, 2), { mode: 0o600 });
  fs.renameSync(partial, file);
}

function fromArguments(argv: readonly string[]): string | null {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string;
    if (arg.startsWith('--database-url=')) return arg.slice('--database-url='.length);
    if (arg === '--database-url' && argv[index + 1]) return argv[index + 1] as string;
  }
  return null;
}

/** The server chosen for this run, or null for the ledger file in the data folder. */
export function chosenServer(argv: readonly string[], env: NodeJS.ProcessEnv, dataDir: string): ChosenServer | null {
  const argument = fromArguments(argv);
  if (argument) return { databaseUrl: argument, source: 'command line' };
  const fromEnv = env[databaseUrlEnvironmentVariable];
  if (fromEnv) return { databaseUrl: fromEnv, source: 'environment' };
  const saved = readSavedServer(dataDir);
  return saved ? { databaseUrl: saved, source: 'settings' } : null;
}
