// Run first by `npm test`: the browser and report tests need programs npm cannot install. Without this
// check a newcomer meets them one by one as "spawn soffice ENOENT" deep in a test run.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Keep in step with .ci/run (a unit test compares the two lists). */
export const debianPackages = [
  'chromium',
  'libreoffice-writer-nogui',
  'libreoffice-calc-nogui',
  'poppler-utils',
  'fonts-noto-core',
  'fonts-noto-cjk',
];

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(command, env) {
  const extensions = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD').split(';') : [''];
  return (env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .some((folder) => extensions.some((extension) => isExecutable(path.join(folder, command + extension))));
}

/** What is missing, each with the package that brings it; empty when the tests can run. */
export function missingPrerequisites(env = process.env) {
  const missing = [];
  // The same browser playwright.config.ts launches.
  const chromium = env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!isExecutable(chromium)) missing.push(`Chromium (${chromium}${env.CHROMIUM_PATH ? ', from CHROMIUM_PATH' : ''})`);
  if (!onPath('soffice', env)) missing.push('LibreOffice (soffice)');
  if (!onPath('pdftotext', env)) missing.push('pdftotext (poppler-utils)');
  return missing;
}

export function prerequisitesMessage(missing) {
  return [
    `The tests need programs that are not installed: ${missing.join(', ')}.`,
    `On Debian or Ubuntu, install them (the packages .ci/run installs) with:`,
    `  sudo apt-get install --no-install-recommends ${debianPackages.join(' ')}`,
    `A Chromium installed elsewhere can be named with CHROMIUM_PATH=/path/to/chromium.`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const missing = missingPrerequisites();
  if (missing.length > 0) {
    console.error(prerequisitesMessage(missing));
    process.exit(1);
  }
}
