import type { PublishedCount } from '../privacy/published-count';

/**
 * One table of a report, independent of the file format: the .docx and the .xlsx render the same
 * model, so a number cannot differ between the two.
 */
export type ReportCell =
  | { readonly kind: 'text'; readonly text: string }
  /** A count of people: may be hidden. */
  | { readonly kind: 'count'; readonly count: PublishedCount }
  /** A count of things (meetings, sessions): never suppressed. */
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'hours'; readonly value: number }
  | { readonly kind: 'money'; readonly cents: number }
  /** A share from 0 to 1; null when it derives from a hidden count. */
  | { readonly kind: 'percent'; readonly value: number | null }
  | { readonly kind: 'date'; readonly isoDate: string };

/** A column's width is measured from its content when the table is laid out (document/table-layout.ts). */
export interface ReportColumn {
  readonly header: string;
}

export interface ReportTable {
  /** Short name for the spreadsheet tab (at most 31 characters once made safe). */
  readonly sheetName: string;
  readonly title: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly (readonly ReportCell[])[];
  /** The totals row; its values are the true totals, whatever is hidden above them. */
  readonly totals?: readonly ReportCell[];
  readonly note?: string;
}

export const text = (value: string): ReportCell => ({ kind: 'text', text: value });
export const count = (published: PublishedCount): ReportCell => ({ kind: 'count', count: published });
export const number = (value: number): ReportCell => ({ kind: 'number', value });
export const hours = (value: number): ReportCell => ({ kind: 'hours', value });
export const money = (cents: number): ReportCell => ({ kind: 'money', cents });
export const percent = (value: number | null): ReportCell => ({ kind: 'percent', value });
export const date = (isoDate: string): ReportCell => ({ kind: 'date', isoDate });
