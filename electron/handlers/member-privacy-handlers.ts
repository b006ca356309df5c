import type { memberPrivacyOperations } from '../../shared/contract/member-privacy';
import { exportMemberAccess } from '../reports/access-export/collect-access-export';
import { withdrawMember } from '../ledger/withdrawal/withdraw-member';
import type { HandlersFor } from './handler-types';

export const memberPrivacyHandlers: HandlersFor<typeof memberPrivacyOperations> = {
  'members.withdraw': ({ id }, { ledger }) => withdrawMember(ledger, id),
  'members.accessExport': ({ id }, { ledger }) => exportMemberAccess(ledger, id),
};
