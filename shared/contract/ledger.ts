import { z } from 'zod';
import { command, query } from './define-operation';
import { because } from '../validation';

/** postgres://role:password@host[:port]/database: the role is the coordinator's own. */
export const postgresUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '' && url.pathname.length > 1 && url.username !== '';
    } catch {
      return false;
    }
  }, because('postgresAddress'));

const ledgerServerSchema = z.object({
  /** What Settings saved, without its password; null: the ledger file on this computer. */
  savedServer: z.string().nullable(),
  /** The server in use now, without its password; null when the ledger is the file. */
  currentServer: z.string().nullable(),
  /** A command-line option or environment variable chose the server; it wins over Settings. */
  chosenOutsideSettings: z.boolean(),
});

export const ledgerOperations = {
  'ledger.status': query(
    'Where the ledger lives and what it holds',
    z.strictObject({}),
    z.object({
      dataDir: z.string(),
      ledgerPath: z.string(),
      /** SQLite: the file in the data folder; PostgreSQL: a server shared by several coordinators. */
      engine: z.enum(['sqlite', 'postgres']),
      /** The PostgreSQL role the audit log records for this coordinator; null for an SQLite ledger. */
      signedInAs: z.string().nullable(),
      schemaVersion: z.string(),
      memberCount: z.number().int(),
      isEmpty: z.boolean(),
    }),
  ),
  'ledger.loadDemo': command(
    'Fill an empty ledger with a fictional demo network',
    z.strictObject({}),
    z.object({ membersCreated: z.number().int() }),
  ),
  'ledger.server': query(
    'The PostgreSQL server chosen for the ledger, if any (shown without its password)',
    z.strictObject({}),
    ledgerServerSchema,
  ),
  'ledger.setServer': command(
    'Keep the ledger on a PostgreSQL server from the next start, or go back to the file on this computer',
    z.strictObject({ databaseUrl: postgresUrlSchema.nullable() }),
    ledgerServerSchema,
  ),
} as const;
