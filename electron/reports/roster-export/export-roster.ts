import type { Ledger } from '../../ledger/ledger';
import { listAllMembers } from '../../ledger/members/member-roster-repository';
import { buildRosterWorkbook, type RosterScope } from './build-roster-workbook';

export const xlsxMimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Reads the roster (one province's members, or the whole Network's) in one transaction, a
 * consistent snapshot, and records in the audit log that personal data left the app, and whose.
 */
export async function exportRoster(ledger: Ledger, scope: RosterScope) {
  const at = ledger.now();
  const members = await ledger.write('roster.exportXlsx', async (trx, audit) => {
    const chosen = await listAllMembers(trx, scope.province);
    audit.record({
      entityType: 'roster_export',
      entityId: null,
      changes: { memberCount: { from: null, to: chosen.length }, province: { from: null, to: scope.province ?? 'all' } },
    });
    return chosen;
  });
  const bytes = await buildRosterWorkbook(members, scope, at);
  const day = at.toISOString().slice(0, 10);
  return {
    // The province's postal code names it in either language and in any file system.
    fileName: scope.province ? `roster-${scope.province}-${day}.xlsx` : `roster-${day}.xlsx`,
    mimeType: xlsxMimeType,
    base64: bytes.toString('base64'),
    memberCount: members.length,
  };
}
