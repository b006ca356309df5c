/**
 * Integration tests of the SQLite file itself, left out of the PostgreSQL run (LEDGER_ENGINE=postgres):
 * its bytes and pragmas, backups and restores of the file, recovery from a damaged or foreign file,
 * the data-folder lock around it, and ledgers of older migrations written as files. Every other
 * integration test runs on both engines.
 */
export const sqliteFileTests = [
  'tests/integration/safety/backup-restore.test.ts',
  'tests/integration/safety/backup-store.test.ts',
  'tests/integration/safety/contract-fuzz.test.ts',
  'tests/integration/safety/corrupt-ledger.test.ts',
  'tests/integration/safety/crash-kill.test.ts',
  'tests/integration/safety/disk-full.test.ts',
  'tests/integration/safety/encrypted-backups.test.ts',
  'tests/integration/safety/foreign-files.test.ts',
  'tests/integration/safety/migration-failure.test.ts',
  'tests/integration/safety/one-app-per-folder.test.ts',
  'tests/integration/safety/recovery-mode.test.ts',
  'tests/integration/safety/scheduled-backups.test.ts',
  'tests/integration/safety/storage-errors.test.ts',
  'tests/integration/privacy/erasure-registry.test.ts',
  'tests/integration/privacy/withdrawal-backups.test.ts',
  'tests/integration/privacy/withdrawal-encrypted.test.ts',
  'tests/integration/privacy/withdrawal-raw-bytes.test.ts',
  'tests/integration/privacy/withdrawal-restore.test.ts',
  'tests/integration/ledger/migrations.test.ts',
  'tests/integration/ledger/search-refold.test.ts',
  'tests/integration/ledger/worker-aliases-migration.test.ts',
];
