import type { DuplicateAction, ImportMapping } from '../../shared/contract/imports';
import { memberDraftSchema, type MemberDraft } from '../../shared/domain/member';
import type { FieldIssue } from '../../shared/errors';
import { DomainError, notFound } from '../domain-error';
import { diffFields, type AuditEntry, type AuditTrail } from '../ledger/audit/audit-log';
import type { Ledger } from '../ledger/ledger';
import { listMemberIdentities } from '../ledger/members/member-identity-repository';
import { findMember, insertMembers, updateMemberRow } from '../ledger/members/member-repository';
import { planImport, validateRows } from './check-import';
import { draftFromMember, overlayDraft } from './overlay-draft';
import type { StagedSheet } from './read-spreadsheet';
import type { ImportedRow } from './row-to-draft';

export interface CommitChoices {
  mapping: ImportMapping;
  duplicateAction: DuplicateAction;
  duplicateOverrides: readonly { rowNumber: number; action: DuplicateAction }[];
}

export interface CommitResult {
  created: number;
  updated: number;
  skipped: number;
}

// Each audit row binds 6 parameters; SQLite allows 32,766 per statement.
const auditEntriesPerFlush = 1000;
const issuesShown = 50;

function auditedFields(draft: MemberDraft): Record<string, unknown> {
  return { ...draft };
}

/** Records one entry, flushing every so often so a 50,000-row import stays under SQLite's bound-parameter limit. */
async function recordSliced(audit: AuditTrail, entry: AuditEntry, count: { recorded: number }): Promise<void> {
  audit.record(entry);
  count.recorded++;
  if (count.recorded % auditEntriesPerFlush === 0) await audit.flush();
}

function rowIssues(rows: { rowNumber: number; message: string }[]): FieldIssue[] {
  return rows
    .slice(0, issuesShown)
    .map(({ rowNumber, message }) => ({ path: `rows.${rowNumber}`, message: `Row ${rowNumber}, ${message}` }));
}

function validMerge(
  draft: MemberDraft,
  rowNumber: number,
  problems: { rowNumber: number; message: string }[],
): MemberDraft | undefined {
  const parsed = memberDraftSchema.safeParse(draft);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    problems.push({
      rowNumber,
      message: `updating with this row would leave ${issue.path.join('.') || 'the member'} that ${issue.message}`,
    });
  }
  return undefined;
}

/**
 * Writes a checked import in ONE transaction: any row error, or any update that would leave a
 * member invalid, throws before commit and the ledger is exactly as it was.
 */
export async function commitImport(
  ledger: Ledger,
  sheet: StagedSheet,
  choices: CommitChoices,
  today: string,
): Promise<CommitResult> {
  return ledger.write('imports.commit', async (trx, audit) => {
    const at = ledger.now().toISOString();
    const { check, classified } = planImport(
      validateRows(sheet, choices.mapping, today),
      await listMemberIdentities(trx),
    );
    if (check.missingFields.length > 0) {
      throw new DomainError(
        'invalid_input',
        `Choose the columns that give ${check.missingFields.join(' and ')}. Nothing was imported.`,
      );
    }
    if (check.errorCount > 0) {
      const problems = check.errors.map((error) => ({
        rowNumber: error.rowNumber,
        message: `${error.column}: ${error.message}`,
      }));
      throw new DomainError(
        'invalid_input',
        `${check.errorCount} problem(s) in the file must be fixed first. Nothing was imported.`,
        rowIssues(problems),
      );
    }

    const actionFor = new Map(choices.duplicateOverrides.map((choice) => [choice.rowNumber, choice.action]));
    const inserts: ImportedRow[] = [...classified.fresh];
    const insertIndexByRow = new Map(inserts.map((row, index) => [row.rowNumber, index]));
    const ledgerUpdates = new Map<number, ImportedRow[]>();
    const problems: { rowNumber: number; message: string }[] = [];
    let skipped = 0;
    let mergedInFile = 0;
    const auditCount = { recorded: 0 };

    for (const { row, duplicate } of classified.duplicates) {
      const action = actionFor.get(row.rowNumber) ?? choices.duplicateAction;
      if (action === 'skip') skipped++;
      else if (action === 'create') inserts.push(row);
      else if (duplicate.existing.kind === 'ledger') {
        ledgerUpdates.set(duplicate.existing.memberId, [
          ...(ledgerUpdates.get(duplicate.existing.memberId) ?? []),
          row,
        ]);
      } else {
        // A later row of the file updates the earlier one before either is written.
        const index = insertIndexByRow.get(duplicate.existing.rowNumber) as number;
        const target = inserts[index] as ImportedRow;
        const merged = validMerge(overlayDraft(target.draft, row), row.rowNumber, problems);
        if (merged) inserts[index] = { ...target, draft: merged };
        mergedInFile++;
      }
    }

    for (const [memberId, rows] of ledgerUpdates) {
      const before = await findMember(trx, memberId);
      if (!before) throw notFound('member', memberId);
      let draft: MemberDraft | undefined = draftFromMember(before);
      for (const row of rows) draft = draft && validMerge(overlayDraft(draft, row), row.rowNumber, problems);
      if (!draft) continue;
      await updateMemberRow(trx, memberId, draft, at);
      const after = await findMember(trx, memberId);
      if (after) {
        const changes = diffFields(auditedFields(draftFromMember(before)), auditedFields(draftFromMember(after)));
        await recordSliced(audit, { entityType: 'member', entityId: memberId, changes }, auditCount);
      }
    }
    if (problems.length > 0) {
      throw new DomainError(
        'invalid_input',
        `${problems.length} update(s) would leave a member invalid. Nothing was imported.`,
        rowIssues(problems),
      );
    }

    const ids = await insertMembers(
      trx,
      inserts.map((row) => row.draft),
      at,
    );
    for (const [index, id] of ids.entries()) {
      const changes = diffFields(null, auditedFields((inserts[index] as ImportedRow).draft));
      await recordSliced(audit, { entityType: 'member', entityId: id, changes }, auditCount);
    }
    const result = { created: ids.length, updated: ledgerUpdates.size + mergedInFile, skipped };
    audit.record({
      entityType: 'member_import',
      entityId: null,
      changes: diffFields(null, { fileName: sheet.fileName, ...result }),
    });
    return result;
  });
}
