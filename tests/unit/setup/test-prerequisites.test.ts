import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-ledger';

const script = path.resolve('scripts/check-test-prerequisites.mjs');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A folder to use as the whole PATH, holding stand-ins for the named programs. */
function fakeBin(programs: string[]): string {
  const dir = makeTempDir('secretariat-fake-bin-');
  dirs.push(dir);
  for (const program of programs) {
    fs.writeFileSync(path.join(dir, program), '#!/bin/sh\nexit 0\n');
    fs.chmodSync(path.join(dir, program), 0o755);
  }
  return dir;
}

function check(env: Record<string, string>) {
  const run = spawnSync(process.execPath, [script], { env, encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr, stdout: run.stdout };
}

function ciPackages(): string[] {
  const line = /^packages=\(([^)]*)\)/m.exec(fs.readFileSync('.ci/run', 'utf8'));
  return (line?.[1] ?? '').trim().split(/\s+/);
}

describe('npm test checks its system prerequisites first', () => {
  it('passes silently when Chromium, soffice and pdftotext are all there', () => {
    const bin = fakeBin(['soffice', 'pdftotext', 'chromium']);
    const result = check({ PATH: bin, CHROMIUM_PATH: path.join(bin, 'chromium') });
    expect(result).toEqual({ status: 0, stderr: '', stdout: '' });
  });

  it('stops with one message naming what is missing and the command that installs the packages', () => {
    const bin = fakeBin(['chromium']);
    const result = check({ PATH: bin, CHROMIUM_PATH: path.join(bin, 'chromium') });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('LibreOffice (soffice)');
    expect(result.stderr).toContain('pdftotext (poppler-utils)');
    expect(result.stderr).not.toContain('Chromium (');
    expect(result.stderr).toContain(`sudo apt-get install --no-install-recommends ${ciPackages().join(' ')}`);
    // One message, not one per missing program.
    expect(result.stderr.match(/not installed/g)).toHaveLength(1);
  });

  it('honours CHROMIUM_PATH, and names it when it points nowhere', () => {
    const bin = fakeBin(['soffice', 'pdftotext']);
    const result = check({ PATH: bin, CHROMIUM_PATH: path.join(bin, 'no-such-chromium') });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Chromium (${path.join(bin, 'no-such-chromium')}, from CHROMIUM_PATH)`);
    expect(result.stderr).not.toContain('soffice)');
  });

  it('does not take a file that cannot be run for the program', () => {
    const bin = fakeBin(['pdftotext', 'chromium']);
    fs.writeFileSync(path.join(bin, 'soffice'), 'not a program');
    fs.chmodSync(path.join(bin, 'soffice'), 0o644);
    expect(check({ PATH: bin, CHROMIUM_PATH: path.join(bin, 'chromium') }).stderr).toContain('LibreOffice (soffice)');
  });

  it('names the same packages .ci/run installs', () => {
    const source = fs.readFileSync(script, 'utf8');
    const listed = /debianPackages = \[([^\]]*)\]/.exec(source)?.[1]?.match(/'[^']+'/g)?.map((quoted) => quoted.slice(1, -1));
    expect(listed).toEqual(ciPackages());
    expect(ciPackages()).toEqual(expect.arrayContaining(['chromium', 'libreoffice-writer-nogui', 'poppler-utils']));
  });
});
