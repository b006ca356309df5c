import type { ImportMapping, ImportValueField } from '../../../shared/contract/imports';
import { cellText } from '../import-cell';
import type { StagedSheet } from '../read-spreadsheet';
import { languageParts, valueKey } from './value-key';

export interface DistinctValue {
  key: string;
  /** As first written in the sheet. */
  text: string;
  rowCount: number;
}

function tally(counts: Map<string, DistinctValue>, seenInRow: Set<string>, text: string): void {
  const key = valueKey(text);
  if (seenInRow.has(key)) return;
  seenInRow.add(key);
  const entry = counts.get(key);
  if (entry) entry.rowCount++;
  else counts.set(key, { key, text, rowCount: 1 });
}

function byUse(counts: Map<string, DistinctValue>): DistinctValue[] {
  return [...counts.values()].sort((a, b) => b.rowCount - a.rowCount || a.text.localeCompare(b.text));
}

/**
 * Every distinct value of the category column and of the two language columns (each part of a
 * languages cell counts), with how many rows use it, the most used first.
 */
export function distinctValues(sheet: StagedSheet, mapping: ImportMapping): Record<ImportValueField, DistinctValue[]> {
  const categoryColumn = mapping.indexOf('category');
  const languagesColumn = mapping.indexOf('languages');
  const preferredColumn = mapping.indexOf('preferredLanguage');
  const categories = new Map<string, DistinctValue>();
  const languages = new Map<string, DistinctValue>();
  for (const row of sheet.rows) {
    if (categoryColumn >= 0) {
      const text = cellText(row.cells[categoryColumn]);
      if (text) tally(categories, new Set(), text);
    }
    const seen = new Set<string>();
    if (languagesColumn >= 0) {
      for (const part of languageParts(cellText(row.cells[languagesColumn]))) tally(languages, seen, part);
    }
    if (preferredColumn >= 0) {
      const text = cellText(row.cells[preferredColumn]);
      if (text) tally(languages, seen, text);
    }
  }
  return { category: byUse(categories), language: byUse(languages) };
}
