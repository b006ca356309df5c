import { defineConfig } from 'vitest/config';
import { sqliteFileTests } from './tests/sqlite-file-tests';

// `npm test` runs everything on SQLite, then the integration suite again on a throwaway PostgreSQL
// cluster (scripts/with-postgres.mjs sets LEDGER_ENGINE=postgres and the cluster's address).
const onPostgres = process.env.LEDGER_ENGINE === 'postgres';

export default defineConfig({
  test: {
    include: onPostgres ? ['tests/integration/**/*.test.ts'] : ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    exclude: onPostgres ? ['**/node_modules/**', ...sqliteFileTests] : ['**/node_modules/**'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
