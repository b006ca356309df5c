import type { ledgerOperations } from '../../shared/contract/ledger';
import { DomainError } from '../domain-error';
import { countMembers } from '../ledger/members/member-repository';
import { loadDemoNetwork } from '../demo/load-demo-network';
import type { HandlersFor } from './handler-types';

export const ledgerHandlers: HandlersFor<typeof ledgerOperations> = {
  'ledger.status': async (_input, { ledger, dataDir }) => {
    const memberCount = await countMembers(ledger.db);
    return {
      dataDir,
      ledgerPath: ledger.path,
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
};
