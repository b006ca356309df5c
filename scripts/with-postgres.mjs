// Runs a command beside a throwaway PostgreSQL cluster: initdb into a temporary folder, the server on
// 127.0.0.1 only (a free port, its unix socket inside that folder), the command run with the cluster's
// address in SECRETARIAT_TEST_PG_URL, then the server stopped and the folder deleted, also when the
// command fails or the run is interrupted.
//
//   node scripts/with-postgres.mjs -- npx vitest run tests/integration
//
// initdb refuses to run as root: as root (CI runs so), the cluster belongs to the `postgres` account
// that Debian's postgresql package creates, and its programs run through runuser.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const testDatabaseUrlVariable = 'SECRETARIAT_TEST_PG_URL';
const superuser = 'secretariat_admin';

/** The folder holding initdb and pg_ctl: Debian keeps them off PATH, under /usr/lib/postgresql/N/bin. */
export function findPostgresBin(env = process.env) {
  if (env.PG_BIN && fs.existsSync(path.join(env.PG_BIN, 'initdb'))) return env.PG_BIN;
  const debian = '/usr/lib/postgresql';
  if (fs.existsSync(debian)) {
    const versions = fs
      .readdirSync(debian)
      .filter((name) => /^\d+$/.test(name) && fs.existsSync(path.join(debian, name, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(debian, versions[0], 'bin');
  }
  for (const folder of (env.PATH ?? '').split(path.delimiter)) {
    if (folder && fs.existsSync(path.join(folder, 'initdb'))) return folder;
  }
  return null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs one of the cluster's programs, as the postgres account when this process is root. */
function runAsOwner(program, args, options = {}) {
  const asRoot = process.getuid?.() === 0;
  const [command, fullArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', program, ...args]] : [program, args];
  const result = spawnSync(command, fullArgs, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(`${path.basename(program)} failed (${result.status ?? result.signal}): ${(result.stderr || result.stdout || result.error?.message || '').trim()}`);
  }
  return result;
}

/** Starts a cluster; returns its URL and a stop() that also deletes it. */
export async function startThrowawayCluster() {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (no initdb found). On Debian: sudo apt-get install postgresql-15');
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariat-pg-'));
  const dataDir = path.join(folder, 'data');
  const socketDir = path.join(folder, 'socket');
  fs.mkdirSync(socketDir);
  const password = crypto.randomBytes(18).toString('base64url');
  fs.writeFileSync(path.join(folder, 'password'), password, { mode: 0o600 });
  if (process.getuid?.() === 0) {
    const owner = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    if (owner.status !== 0) throw new Error('Running as root needs the "postgres" account (Debian\'s postgresql package creates it) to own the test cluster.');
    spawnSync('chown', ['-R', 'postgres:', folder]);
  }
  let started = false;
  const stop = () => {
    if (started) {
      try {
        runAsOwner(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // Already gone; the folder is removed all the same.
      }
      started = false;
    }
    fs.rmSync(folder, { recursive: true, force: true });
  };
  try {
    runAsOwner(path.join(bin, 'initdb'), [
      '-D', dataDir, '-U', superuser, `--pwfile=${path.join(folder, 'password')}`, '--auth=scram-sha-256',
      '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync',
    ]);
    const port = await freePort();
    // A throwaway cluster: durability is not needed, speed is.
    const serverOptions = [
      `-c listen_addresses=127.0.0.1`, `-p ${port}`, `-k ${socketDir}`, '-c fsync=off', '-c synchronous_commit=off',
      '-c full_page_writes=off', '-c max_connections=300', '-c shared_buffers=64MB',
    ].join(' ');
    runAsOwner(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-o', serverOptions, '-l', path.join(folder, 'server.log'), '-w', '-t', '60', 'start']);
    started = true;
    return { url: `postgres://${superuser}:${password}@127.0.0.1:${port}/postgres`, folder, stop };
  } catch (error) {
    const log = path.join(folder, 'server.log');
    if (fs.existsSync(log)) console.error(fs.readFileSync(log, 'utf8'));
    stop();
    throw error;
  }
}

async function main() {
  const separator = process.argv.indexOf('--');
  const command = separator >= 0 ? process.argv.slice(separator + 1) : process.argv.slice(2);
  if (command.length === 0) {
    console.error('Usage: node scripts/with-postgres.mjs -- <command> [args...]');
    process.exit(2);
  }
  const cluster = await startThrowawayCluster();
  let stopped = false;
  const stopOnce = () => {
    if (!stopped) cluster.stop();
    stopped = true;
  };
  process.on('exit', stopOnce);
  const child = spawn(command[0], command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, [testDatabaseUrlVariable]: cluster.url, LEDGER_ENGINE: 'postgres' },
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => {
    stopOnce();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
