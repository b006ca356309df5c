import type { memberPrivacyOperations } from '../../shared/contract/member-privacy';
import { exportMemberAccess } from '../reports/access-export/collect-access-export';
import { withdrawEverywhere } from '../ledger/withdrawal/withdraw-everywhere';
import type { HandlersFor } from './handler-types';

export const memberPrivacyHandlers: HandlersFor<typeof memberPrivacyOperations> = {
  'members.withdraw': ({ id }, { ledger, dataDir, safety }) => withdrawEverywhere(ledger, dataDir, id, safety),
  'members.accessExport': ({ id }, { ledger }) => exportMemberAccess(ledger, id),
};
