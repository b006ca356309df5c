import type { ledgerOperations } from '../../shared/contract/ledger';
import { DomainError } from '../domain-error';
import { countMembers } from '../ledger/members/member-repository';
import { loadDemoNetwork } from '../demo/load-demo-network';
import type { HandlersFor, HandlerContext } from './handler-types';
import { readSavedServer, saveServer } from '../app/ledger-server';
import { displayedDatabaseUrl } from '../ledger/postgres/pg-pool';
import { signedInRole } from '../ledger/postgres/signed-in-role';

function serverChoice({ ledger, dataDir }: HandlerContext) {
  const saved = readSavedServer(dataDir);
  const current = ledger.databaseUrl;
  return {
    savedServer: saved ? displayedDatabaseUrl(saved) : null,
    currentServer: current ? displayedDatabaseUrl(current) : null,
    chosenOutsideSettings: current !== null && current !== saved,
  };
}

export const ledgerHandlers: HandlersFor<typeof ledgerOperations> = {
  'ledger.status': async (_input, { ledger, dataDir }) => {
    const memberCount = await countMembers(ledger.db);
    return {
      dataDir,
      ledgerPath: ledger.path,
      engine: ledger.engine,
      signedInAs: ledger.engine === 'postgres' ? await signedInRole(ledger.db) : null,
      schemaVersion: ledger.schemaVersion,
      memberCount,
      isEmpty: memberCount === 0,
    };
  },
  'ledger.loadDemo': async (_input, { ledger }) => {
    if ((await countMembers(ledger.db)) > 0) {
      throw new DomainError('conflict', 'The demo network can only be loaded into an empty ledger', [], { reason: 'demo.notEmpty' });
    }
    const { membersCreated } = await loadDemoNetwork(ledger, { memberCount: 150, seed: 2026 });
    return { membersCreated };
  },
  'ledger.server': async (_input, context) => serverChoice(context),
  'ledger.setServer': async ({ databaseUrl }, context) => {
    saveServer(context.dataDir, databaseUrl);
    return serverChoice(context);
  },
};
