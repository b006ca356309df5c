import type { ImportDuplicate } from '../../shared/contract/imports';
import { foldForSearch } from '../ledger/search/fold-text';
import type { MemberIdentity } from '../ledger/members/member-identity-repository';
import type { ImportedRow } from './row-to-draft';

export type DuplicateTarget = ImportDuplicate['existing'];

export interface ClassifiedRows {
  fresh: ImportedRow[];
  duplicates: { row: ImportedRow; duplicate: ImportDuplicate }[];
}

interface Identity {
  displayName: string;
  email: string | null;
  organisationName: string | null;
}

const emailKey = (identity: Identity) => (identity.email ? identity.email.trim().toLowerCase() : null);
const nameKey = (identity: Identity) =>
  `${foldForSearch(identity.displayName)}\u0000${foldForSearch(identity.organisationName ?? '')}`;

/**
 * Splits valid rows into new members and duplicates: the same email, or the same name and
 * organisation, as a ledger member or an earlier row of the file. Email is the stronger match.
 */
export function findDuplicates(rows: readonly ImportedRow[], ledgerMembers: readonly MemberIdentity[]): ClassifiedRows {
  const byEmail = new Map<string, DuplicateTarget>();
  const byName = new Map<string, DuplicateTarget>();
  const remember = (identity: Identity, target: DuplicateTarget) => {
    const email = emailKey(identity);
    if (email && !byEmail.has(email)) byEmail.set(email, target);
    const name = nameKey(identity);
    if (!byName.has(name)) byName.set(name, target);
  };
  for (const member of ledgerMembers) {
    remember(member, { kind: 'ledger', memberId: member.id, displayName: member.displayName });
  }

  const result: ClassifiedRows = { fresh: [], duplicates: [] };
  for (const row of rows) {
    const email = emailKey(row.draft);
    const byEmailMatch = email ? byEmail.get(email) : undefined;
    const match = byEmailMatch ?? byName.get(nameKey(row.draft));
    if (!match) {
      result.fresh.push(row);
      remember(row.draft, { kind: 'file', rowNumber: row.rowNumber, displayName: row.draft.displayName });
      continue;
    }
    result.duplicates.push({
      row,
      duplicate: {
        rowNumber: row.rowNumber,
        displayName: row.draft.displayName,
        matchedBy: byEmailMatch ? 'email' : 'nameAndOrganisation',
        existing: match,
      },
    });
  }
  return result;
}
