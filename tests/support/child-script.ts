import path from 'node:path';
import { build } from 'esbuild';

const repoRoot = path.resolve(__dirname, '..', '..');

/**
 * Bundles a script of tests/support into one CommonJS file that plain `node` runs. Bundled once per
 * test file: starting tsx for every child would add a second or more to each start.
 */
export async function bundleChildScript(supportScript: string, outDir: string): Promise<string> {
  const outfile = path.join(outDir, `${path.basename(supportScript, '.ts')}.cjs`);
  await build({
    entryPoints: [path.join(repoRoot, 'tests', 'support', supportScript)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    // Native modules stay outside the bundle (the chart rasteriser is one too); the child finds them through NODE_PATH.
    external: ['better-sqlite3', '@resvg/resvg-js'],
    logLevel: 'error',
  });
  return outfile;
}

/** The environment a bundled child needs to find better-sqlite3. */
export function childEnvironment(): NodeJS.ProcessEnv {
  return { ...process.env, NODE_PATH: path.join(repoRoot, 'node_modules') };
}
