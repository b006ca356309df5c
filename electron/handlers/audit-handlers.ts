import type { auditOperations } from '../../shared/contract/audit';
import { auditFacets, listAuditEntries } from '../ledger/audit/audit-repository';
import type { HandlersFor } from './handler-types';

export const auditHandlers: HandlersFor<typeof auditOperations> = {
  'audit.list': async (query, { ledger }) => {
    const page = await listAuditEntries(ledger.db, query);
    return { ...page, ...(await auditFacets(ledger.db)) };
  },
};
