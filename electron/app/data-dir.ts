import os from 'node:os';
import path from 'node:path';

export const dataDirEnvironmentVariable = 'SECRETARIAT_DATA_DIR';
const appFolderName = 'Network Secretariat';

/** The OS's per-user application-data folder, where the ledger lives unless told otherwise. */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), appFolderName);
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', appFolderName);
  return path.posix.join(env.XDG_DATA_HOME ?? path.posix.join(home, '.local', 'share'), 'network-secretariat');
}

/** --data-dir=PATH or --data-dir PATH wins, then the environment variable, then the OS default. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, fallback = defaultDataDir()): string {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string;
    if (arg.startsWith('--data-dir=')) return path.resolve(arg.slice('--data-dir='.length));
    if (arg === '--data-dir' && argv[index + 1]) return path.resolve(argv[index + 1] as string);
  }
  const fromEnv = env[dataDirEnvironmentVariable];
  if (fromEnv) return path.resolve(fromEnv);
  return fallback;
}

export function ledgerPathIn(dataDir: string): string {
  return path.join(dataDir, 'ledger.sqlite');
}
