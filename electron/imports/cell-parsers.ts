import type { RowProblemCode } from './row-problem';
import { isValidIsoDate } from '../../shared/domain/dates';
import type { memberKinds } from '../../shared/domain/member';
import { cellText, type ImportCell } from './import-cell';

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: RowProblemCode };

// Excel counts days from 1899-12-30 (its 1900 leap-year bug makes that the right epoch after February 1900).
const excelEpochMs = Date.UTC(1899, 11, 30);
const largestExcelSerial = 2_958_465; // 9999-12-31

/**
 * ISO dates (2026-03-14, also with a time after them) and Excel date cells. Day-month orders such
 * as 03/04/2026 are refused: in Canada they are written both ways and a guess could be wrong.
 */
export function parseImportDate(cell: ImportCell): Parsed<string> {
  if (typeof cell === 'number') {
    if (cell >= 1 && cell <= largestExcelSerial) {
      return { ok: true, value: new Date(excelEpochMs + Math.floor(cell) * 86_400_000).toISOString().slice(0, 10) };
    }
    return { ok: false, code: 'invalidDate' };
  }
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/.exec(cellText(cell));
  if (iso) {
    const value = `${iso[1]}-${iso[2]?.padStart(2, '0')}-${iso[3]?.padStart(2, '0')}`;
    if (isValidIsoDate(value)) return { ok: true, value };
  }
  return { ok: false, code: 'invalidDate' };
}

const yesWords = new Set(['yes', 'y', 'oui', 'o', 'true', 'vrai', '1', 'x']);
const noWords = new Set(['no', 'n', 'non', 'false', 'faux', '0']);

export function parseImportYesNo(cell: ImportCell): Parsed<boolean> {
  const text = cellText(cell).toLowerCase();
  if (yesWords.has(text)) return { ok: true, value: true };
  if (noWords.has(text)) return { ok: true, value: false };
  return { ok: false, code: 'invalidYesNo' };
}

type MemberKind = (typeof memberKinds)[number];

const kindWords: Record<string, MemberKind> = {
  individual: 'individual',
  person: 'individual',
  personne: 'individual',
  individu: 'individual',
  organisation: 'organisation',
  organization: 'organisation',
  org: 'organisation',
};

export function parseImportKind(cell: ImportCell): Parsed<MemberKind> {
  const kind = kindWords[cellText(cell).toLowerCase()];
  return kind ? { ok: true, value: kind } : { ok: false, code: 'invalidKind' };
}
