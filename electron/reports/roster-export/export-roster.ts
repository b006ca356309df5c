import type { Ledger } from '../../ledger/ledger';
import { listAllMembers } from '../../ledger/members/member-roster-repository';
import { buildRosterWorkbook, type RosterLanguage } from './build-roster-workbook';

export const xlsxMimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Reads the roster in one transaction (a consistent snapshot) and records that personal data left the app. */
export async function exportRoster(ledger: Ledger, language: RosterLanguage) {
  const at = ledger.now();
  const members = await ledger.write('roster.exportXlsx', async (trx, audit) => {
    const all = await listAllMembers(trx);
    audit.record({
      entityType: 'roster_export',
      entityId: null,
      changes: { memberCount: { from: null, to: all.length } },
    });
    return all;
  });
  const bytes = await buildRosterWorkbook(members, language, at);
  return {
    fileName: `roster-${at.toISOString().slice(0, 10)}.xlsx`,
    mimeType: xlsxMimeType,
    base64: bytes.toString('base64'),
    memberCount: members.length,
  };
}
