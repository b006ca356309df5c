import { z } from 'zod';
import { command, query } from './define-operation';

export const ledgerOperations = {
  'ledger.status': query(
    'Where the ledger lives and what it holds',
    z.strictObject({}),
    z.object({
      dataDir: z.string(),
      ledgerPath: z.string(),
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
} as const;
