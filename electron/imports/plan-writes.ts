import type { DuplicateAction } from '../../shared/contract/imports';
import { memberFieldsSchema, type Member, type MemberDraft } from '../../shared/domain/member';
import type { ImportField } from '../../shared/contract/imports';
import { notFound } from '../domain-error';
import type { Executor } from '../ledger/database';
import { findMember } from '../ledger/members/member-repository';
import type { ClassifiedRows } from './find-duplicates';
import { draftFromMember, overlayDraft } from './overlay-draft';
import type { RowProblem } from './row-problem';
import type { ImportedRow } from './row-to-draft';

export interface DuplicateChoices {
  duplicateAction: DuplicateAction;
  duplicateOverrides: readonly { rowNumber: number; action: DuplicateAction }[];
}

export interface PlannedWrites {
  inserts: ImportedRow[];
  /** Ledger members to update, with the rows that update them (the last row wins field by field). */
  updates: { before: Member; row: ImportedRow }[];
  /** Rows whose update would leave a member invalid. */
  refused: { rowNumber: number; problems: RowProblem[] }[];
  skipped: number;
  mergedInFile: number;
}

/** The row merged into a draft, if the result is still a valid member. */
function validMerge(base: MemberDraft, row: ImportedRow): { draft: MemberDraft } | { problems: RowProblem[] } {
  const parsed = memberFieldsSchema.safeParse(overlayDraft(base, row));
  if (parsed.success) return { draft: parsed.data };
  const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')))];
  return {
    problems: fields.map((field) => ({
      code: 'updateWouldBeInvalid',
      field: (field || null) as ImportField | null,
      column: null,
      value: null,
      max: null,
    })),
  };
}

/**
 * Decides what each valid row does (insert, update a member, update an earlier row, skip) by the
 * coordinator's duplicate choices. An update that would leave a member invalid is refused row by
 * row; the members it would have changed keep the other rows' updates.
 */
export async function planWrites(
  db: Executor,
  classified: ClassifiedRows,
  choices: DuplicateChoices,
): Promise<PlannedWrites> {
  const actionFor = new Map(choices.duplicateOverrides.map((choice) => [choice.rowNumber, choice.action]));
  const inserts: ImportedRow[] = [...classified.fresh];
  const insertIndexByRow = new Map(inserts.map((row, index) => [row.rowNumber, index]));
  const rowsByMember = new Map<number, ImportedRow[]>();
  const planned: PlannedWrites = { inserts, updates: [], refused: [], skipped: 0, mergedInFile: 0 };

  for (const { row, duplicate } of classified.duplicates) {
    const action = actionFor.get(row.rowNumber) ?? choices.duplicateAction;
    if (action === 'skip') planned.skipped++;
    else if (action === 'create') inserts.push(row);
    else if (duplicate.existing.kind === 'ledger') {
      const memberId = duplicate.existing.memberId;
      rowsByMember.set(memberId, [...(rowsByMember.get(memberId) ?? []), row]);
    } else {
      // A later row of the file updates the earlier one before either is written.
      const index = insertIndexByRow.get(duplicate.existing.rowNumber) as number;
      const target = inserts[index] as ImportedRow;
      const merged = validMerge(target.draft, row);
      if ('draft' in merged) {
        inserts[index] = { ...target, draft: merged.draft };
        planned.mergedInFile++;
      } else planned.refused.push({ rowNumber: row.rowNumber, problems: merged.problems });
    }
  }

  for (const [memberId, rows] of rowsByMember) {
    const before = await findMember(db, memberId);
    if (!before) throw notFound('member', memberId);
    let draft = draftFromMember(before);
    let changedBy: ImportedRow | undefined;
    for (const row of rows) {
      const merged = validMerge(draft, row);
      if ('draft' in merged) [draft, changedBy] = [merged.draft, row];
      else planned.refused.push({ rowNumber: row.rowNumber, problems: merged.problems });
    }
    if (changedBy) planned.updates.push({ before, row: { ...changedBy, draft } });
  }
  return planned;
}
