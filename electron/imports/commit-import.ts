import type { DuplicateAction, ImportMapping, ImportValueChoices } from '../../shared/contract/imports';
import type { MemberDraft } from '../../shared/domain/member';
import { DomainError } from '../domain-error';
import { diffFields, type AuditEntry, type AuditTrail } from '../ledger/audit/audit-log';
import type { Ledger } from '../ledger/ledger';
import { rememberValues } from '../ledger/imports/value-mapping-repository';
import { rememberedValues } from './values/value-key';
import { listMemberIdentities } from '../ledger/members/member-identity-repository';
import { findMember, insertMembers, updateMemberRow } from '../ledger/members/member-repository';
import { randomAliasSeed } from '../ledger/members/aliases/random-seed';
import { planImport, validateRows } from './check-import';
import { giveAliases } from './give-aliases';
import type { InvalidRow } from './group-problems';
import { draftFromMember } from './overlay-draft';
import { planWrites } from './plan-writes';
import type { StagedSheet } from './read-spreadsheet';
import { distinctValues } from './values/distinct-values';
import { choicesToRemember, resolveValues } from './values/resolve-values';

export interface CommitChoices {
  mapping: ImportMapping;
  valueChoices: ImportValueChoices;
  duplicateAction: DuplicateAction;
  duplicateOverrides: readonly { rowNumber: number; action: DuplicateAction }[];
  /** The coordinator chose to import the valid rows and set the others aside. */
  validRowsOnly: boolean;
}

export interface CommitResult {
  created: number;
  updated: number;
  skipped: number;
  rejected: number;
  aliasesGiven: number;
}

// Each audit row binds 6 parameters; SQLite allows 32,766 per statement.
const auditEntriesPerFlush = 1000;

function auditedFields(draft: MemberDraft): Record<string, unknown> {
  return { ...draft };
}

/** Records one entry, flushing every so often so a 50,000-row import stays under SQLite's bound-parameter limit. */
async function recordSliced(audit: AuditTrail, entry: AuditEntry, count: { recorded: number }): Promise<void> {
  audit.record(entry);
  count.recorded++;
  if (count.recorded % auditEntriesPerFlush === 0) await audit.flush();
}

/**
 * Writes a checked import in ONE transaction. By default any row problem, or any update that would
 * leave a member invalid, throws before commit and the ledger is exactly as it was. With
 * validRowsOnly those rows are set aside (returned as rejects) and the rest is written, still at once.
 */
export async function commitImport(
  ledger: Ledger,
  sheet: StagedSheet,
  choices: CommitChoices,
  today: string,
  aliasSeed: number = randomAliasSeed(),
): Promise<{ result: CommitResult; rejects: InvalidRow[] }> {
  return ledger.write('imports.commit', async (trx, audit) => {
    const at = ledger.now().toISOString();
    const distinct = distinctValues(sheet, choices.mapping);
    const remembered = await rememberedValues(trx);
    const values = resolveValues(distinct, remembered, choices.valueChoices);
    const rows = validateRows(sheet, choices.mapping, values, today);
    const { check, classified } = planImport(rows, sheet.headers, await listMemberIdentities(trx));
    if (check.missingFields.length > 0) {
      throw new DomainError(
        'invalid_input',
        `Choose the columns that give ${check.missingFields.join(' and ')}. Nothing was imported.`,
        [],
        { reason: 'imports.missingColumns' },
      );
    }
    if (rows.invalid.length > 0 && !choices.validRowsOnly) {
      throw new DomainError(
        'invalid_input',
        `${rows.invalid.length} row(s) have problems. Nothing was imported: fix them in the file, or choose to import the valid rows only.`,
        [],
        { reason: 'imports.rowsHaveProblems', params: { count: rows.invalid.length } },
      );
    }

    const planned = await planWrites(trx, classified, choices);
    if (planned.refused.length > 0 && !choices.validRowsOnly) {
      throw new DomainError(
        'invalid_input',
        `${planned.refused.length} update(s) would leave a member invalid. Nothing was imported.`,
        [],
        { reason: 'imports.updatesInvalid', params: { count: planned.refused.length } },
      );
    }
    const withAliases = await giveAliases(
      trx,
      [...planned.updates.map((update) => update.row), ...planned.inserts],
      aliasSeed,
    );
    const updatedRows = withAliases.rows.slice(0, planned.updates.length);
    const insertedRows = withAliases.rows.slice(planned.updates.length);
    const auditCount = { recorded: 0 };

    for (const [index, { before }] of planned.updates.entries()) {
      const draft = (updatedRows[index] as (typeof updatedRows)[number]).draft;
      await updateMemberRow(trx, before.id, draft, at);
      const after = await findMember(trx, before.id);
      if (!after) continue;
      const changes = diffFields(auditedFields(draftFromMember(before)), auditedFields(draftFromMember(after)));
      await recordSliced(audit, { entityType: 'member', entityId: before.id, changes }, auditCount);
    }
    const ids = await insertMembers(
      trx,
      insertedRows.map((row) => row.draft),
      at,
    );
    for (const [index, id] of ids.entries()) {
      const draft = (insertedRows[index] as (typeof insertedRows)[number]).draft;
      await recordSliced(
        audit,
        { entityType: 'member', entityId: id, changes: diffFields(null, auditedFields(draft)) },
        auditCount,
      );
    }

    const toRemember = choicesToRemember(distinct, remembered, choices.valueChoices);
    await rememberValues(trx, 'category', toRemember.category, at);
    await rememberValues(trx, 'language', toRemember.language, at);

    const refusedRows = new Map(planned.refused.map((entry) => [entry.rowNumber, entry.problems]));
    const rejects: InvalidRow[] = [
      ...rows.invalid,
      ...sheet.rows
        .filter((row) => refusedRows.has(row.rowNumber))
        .map((row) => ({ row, problems: refusedRows.get(row.rowNumber) ?? [] })),
    ].sort((a, b) => a.row.rowNumber - b.row.rowNumber);
    const result: CommitResult = {
      created: ids.length,
      updated: planned.updates.length + planned.mergedInFile,
      skipped: planned.skipped,
      rejected: rejects.length,
      aliasesGiven: withAliases.given,
    };
    audit.record({
      entityType: 'member_import',
      entityId: null,
      changes: diffFields(null, {
        fileName: sheet.fileName,
        ...result,
        valuesRemembered: toRemember.category.length + toRemember.language.length,
      }),
    });
    return { result, rejects };
  });
}
