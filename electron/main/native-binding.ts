import fs from 'node:fs';
import path from 'node:path';

/**
 * Where scripts/native-for-electron.mjs leaves better-sqlite3 built for Electron's ABI.
 * It lives outside node_modules so the Node build the tests use is never replaced.
 * Keep in step with nativeTargetPath in that script.
 */
export function electronNativeBindingPath(appRoot: string, electronVersion: string): string {
  return path.join(appRoot, '.native', `electron-${electronVersion}`, 'better_sqlite3.node');
}

/** The Electron build when it exists; otherwise better-sqlite3 falls back to its own (Node) build. */
export function findElectronNativeBinding(
  appRoot: string,
  electronVersion: string,
  exists: (file: string) => boolean = fs.existsSync,
): string | undefined {
  const candidate = electronNativeBindingPath(appRoot, electronVersion);
  return exists(candidate) ? candidate : undefined;
}
