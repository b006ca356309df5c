#!/usr/bin/env node
/**
 * Builds better-sqlite3 for Electron's ABI and keeps the result in .native/electron-<version>/,
 * outside node_modules. The main process hands that file to better-sqlite3 as `nativeBinding`.
 *
 * @electron/rebuild can only build in place (node_modules/better-sqlite3/build), which would
 * leave Node (tests, the web server, scripts) with a binary it cannot load. So the Node build
 * is copied aside first and always put back afterwards, whether the rebuild worked or not.
 *
 * Usage: node scripts/native-for-electron.mjs [--force]
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireFromProject = createRequire(path.join(projectRoot, 'package.json'));

/** Keep in step with electronNativeBindingPath in electron/main/native-binding.ts. */
export function nativeTargetPath(root, electronVersion) {
  return path.join(root, '.native', `electron-${electronVersion}`, 'better_sqlite3.node');
}

class NativeBuildError extends Error {}

/** Read from package.json: require('electron') itself would try to download the Electron binary. */
function installedElectronVersion() {
  let manifest;
  try {
    manifest = requireFromProject.resolve('electron/package.json');
  } catch {
    throw new NativeBuildError('The "electron" package is not installed; run npm install first.');
  }
  return JSON.parse(fs.readFileSync(manifest, 'utf8')).version;
}

function betterSqliteBuildDir() {
  try {
    return path.join(path.dirname(requireFromProject.resolve('better-sqlite3/package.json')), 'build');
  } catch {
    throw new NativeBuildError('The "better-sqlite3" package is not installed; run npm install first.');
  }
}

function fileHash(file) {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** The check that matters to everyone else: can plain Node still open a database? */
function nodeBuildWorks() {
  const probe = spawnSync(process.execPath, ['-e', "require('better-sqlite3')(':memory:').close()"], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  return { ok: probe.status === 0, detail: (probe.stderr || probe.stdout || '').trim() };
}

function restoreNodeBuild(backupBuildDir, buildDir) {
  fs.rmSync(buildDir, { recursive: true, force: true });
  fs.cpSync(backupBuildDir, buildDir, { recursive: true });
}

async function runRebuild(electronVersion) {
  let rebuild;
  try {
    ({ rebuild } = await import('@electron/rebuild'));
  } catch {
    throw new NativeBuildError('The "@electron/rebuild" package is not installed; run npm install first.');
  }
  await rebuild({ buildPath: projectRoot, electronVersion, onlyModules: ['better-sqlite3'], force: true });
}

function describeRebuildFailure(error, electronVersion) {
  const reason = error instanceof Error ? error.message : String(error);
  return [
    `Could not build better-sqlite3 for Electron ${electronVersion}.`,
    `Reason: ${reason.split('\n').slice(0, 8).join('\n        ')}`,
    '',
    'This step downloads a prebuilt binary for Electron or, failing that, the Electron headers',
    'to compile one (a C++ toolchain and Python are then needed). Check the network connection',
    '(or proxy settings) and run "node scripts/native-for-electron.mjs" again.',
  ].join('\n');
}

async function main() {
  const force = process.argv.includes('--force');
  const electronVersion = installedElectronVersion();
  const target = nativeTargetPath(projectRoot, electronVersion);
  if (fs.existsSync(target) && !force) {
    console.log(
      `better-sqlite3 for Electron ${electronVersion} is already built: ${path.relative(projectRoot, target)}`,
    );
    return 0;
  }

  const buildDir = betterSqliteBuildDir();
  const nodeBinary = path.join(buildDir, 'Release', 'better_sqlite3.node');
  if (!fs.existsSync(nodeBinary)) {
    throw new NativeBuildError(
      `The Node build of better-sqlite3 is missing (${nodeBinary}). Run "npm rebuild better-sqlite3" first; ` +
        'this script will not run without a Node build to restore afterwards.',
    );
  }
  const nodeHash = fileHash(nodeBinary);

  const backupRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariat-better-sqlite3-'));
  const backupBuildDir = path.join(backupRoot, 'build');
  fs.cpSync(buildDir, backupBuildDir, { recursive: true });
  console.log(
    `Building better-sqlite3 for Electron ${electronVersion} (the Node build is kept aside in ${backupRoot})...`,
  );

  let exitCode = 0;
  try {
    await runRebuild(electronVersion);
    if (!fs.existsSync(nodeBinary))
      throw new Error(`the rebuild produced no ${path.relative(projectRoot, nodeBinary)}`);
    if (fileHash(nodeBinary) === nodeHash)
      throw new Error('the rebuild left the Node build unchanged, so no Electron build was made');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Copy then rename, so an interrupted run never leaves a half-written file that looks finished.
    const partial = `${target}.partial`;
    fs.copyFileSync(nodeBinary, partial);
    fs.renameSync(partial, target);
    console.log(`Built ${path.relative(projectRoot, target)}`);
  } catch (error) {
    console.error(describeRebuildFailure(error, electronVersion));
    exitCode = 1;
  } finally {
    restoreNodeBuild(backupBuildDir, buildDir);
    const check = nodeBuildWorks();
    if (check.ok && fileHash(nodeBinary) === nodeHash) {
      fs.rmSync(backupRoot, { recursive: true, force: true });
      console.log('The Node build of better-sqlite3 is back in place and loads.');
    } else {
      console.error(
        `The Node build of better-sqlite3 could not be restored (${check.detail || 'the file differs from the backup'}).\n` +
          `A copy is kept in ${backupBuildDir}; copy it back to ${buildDir} or run "npm rebuild better-sqlite3".`,
      );
      exitCode = 1;
    }
  }
  return exitCode;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof NativeBuildError ? error.message : error);
    process.exitCode = 1;
  },
);
