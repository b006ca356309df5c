import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// Backups of a PostgreSQL ledger are taken with PostgreSQL's own pg_dump, where it is installed on
// the coordinator's computer. The role's password goes through the environment, never the command line
// (which other accounts on the computer can read).

/** pg_dump's path: on PATH, else in Debian's versioned folders; null when it is not installed here. */
export function findPgDump(env: NodeJS.ProcessEnv = process.env): string | null {
  const name = process.platform === 'win32' ? 'pg_dump.exe' : 'pg_dump';
  const folders = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const debian = '/usr/lib/postgresql';
  if (fs.existsSync(debian)) {
    for (const version of fs.readdirSync(debian).sort((a, b) => Number(b) - Number(a))) folders.push(path.join(debian, version, 'bin'));
  }
  for (const folder of folders) {
    const candidate = path.join(folder, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

function run(program: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(program)} failed: ${errors.trim() || `exit ${code}`}`))));
  });
}

/** The server address without its password, and the password for PGPASSWORD. */
function splitPassword(url: string): { address: string; password: string | null } {
  const parsed = new URL(url);
  const password = parsed.password ? decodeURIComponent(parsed.password) : null;
  parsed.password = '';
  return { address: parsed.toString(), password };
}

/**
 * Writes the ledger database to `file` in pg_dump's custom format (compressed, restorable with
 * pg_restore) and checks that pg_restore can read its table of contents. On any failure nothing is
 * left at `file`: a half-written dump holds personal data and is no backup.
 */
export async function dumpLedgerDatabase(pgDump: string, databaseUrl: string, file: string): Promise<void> {
  const { address, password } = splitPassword(databaseUrl);
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  try {
    await run(pgDump, ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${address}`], env);
    await run(path.join(path.dirname(pgDump), process.platform === 'win32' ? 'pg_restore.exe' : 'pg_restore'), ['--list', file], env);
  } catch (error) {
    fs.rmSync(file, { force: true });
    throw error;
  }
}
