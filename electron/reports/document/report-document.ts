import type { ChartImage } from '../charts/chart-image';
import type { ReportFormat, ReportLanguage } from '../text/report-format';
import type { ReportTable } from './report-table';
import { tableLayout, type TableLayout } from './table-layout';

/**
 * A shared document's content, whatever file it becomes: the .docx renderer and the print view
 * (the PDF) both render this, so a heading, a number or a hidden count cannot differ between them.
 */
export type DocumentBlock =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  /** lead: the cover's network name and headline figures; strong: bold; note: italic; small: fine print. */
  | { readonly kind: 'paragraph'; readonly text: string; readonly style?: 'lead' | 'strong' | 'note' | 'small' }
  /** Text as the coordinator typed it: each line its own paragraph. */
  | { readonly kind: 'typed'; readonly text: string }
  /** "Reporting period: Q3 2026-27": the label already carries its colon, spaced for the language. */
  | { readonly kind: 'field'; readonly label: string; readonly value: string }
  | { readonly kind: 'bullets'; readonly items: readonly string[] }
  | TableBlock
  | { readonly kind: 'pageBreak' };

/** A table, laid out from its content, and the figure drawn from it, which stays on the table's page. */
export interface TableBlock {
  readonly kind: 'table';
  readonly table: ReportTable;
  readonly layout: TableLayout;
  readonly figure?: Figure;
}

export interface Figure {
  readonly chart: ChartImage;
  readonly caption: string;
}

export interface ReportDocument {
  /** The file's title (Word's properties, the PDF's title). */
  readonly title: string;
  readonly language: ReportLanguage;
  readonly format: ReportFormat;
  /** The small-count threshold the hidden counts' markers state ("<10"). */
  readonly threshold: number;
  /** On every page: "Network — Q3 2026-27 · Draft · Page 3 of 9". */
  readonly footer: { readonly what: string; readonly status: string; readonly page: string; readonly of: string };
  /** The table of contents' title; omitted for short documents. */
  readonly contentsTitle?: string;
  readonly cover: readonly DocumentBlock[];
  readonly body: readonly DocumentBlock[];
}

/** Block constructors: builders read as the document reads. */
export const title = (text: string): DocumentBlock => ({ kind: 'title', text });
export const heading = (text: string, level: 1 | 2 | 3 = 1): DocumentBlock => ({ kind: 'heading', level, text });
export const paragraph = (text: string, style?: 'lead' | 'strong' | 'note' | 'small'): DocumentBlock =>
  style ? { kind: 'paragraph', text, style } : { kind: 'paragraph', text };
export const typed = (text: string): DocumentBlock => ({ kind: 'typed', text });
export const bullets = (items: readonly string[]): DocumentBlock => ({ kind: 'bullets', items });
export const pageBreak: DocumentBlock = { kind: 'pageBreak' };

export function field(format: ReportFormat, label: string, value: string): DocumentBlock {
  return { kind: 'field', label: format.colon(label), value };
}

export function tableBlock(table: ReportTable, format: ReportFormat, threshold: number, figure?: Figure): TableBlock {
  return { kind: 'table', table, layout: tableLayout(table, format, threshold), ...(figure ? { figure } : {}) };
}

/** Free text, or an italic "Not written yet." where there is none. */
export function typedOr(text: string, whenEmpty: string): DocumentBlock {
  return text.trim() ? typed(text) : paragraph(whenEmpty, 'note');
}
