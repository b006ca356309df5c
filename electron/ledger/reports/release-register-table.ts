import type { Generated } from 'kysely';

export interface ReportReleasesTable {
  id: Generated<number>;
  document_kind: 'quarterly_report' | 'minutes_shared';
  document_key: string;
  audience: 'funders_government';
  period: string | null;
  meeting_id: number | null;
  format: 'docx' | 'xlsx' | 'pdf';
  language: 'en' | 'fr';
  status: 'draft' | 'final';
  file_name: string;
  file_sha256: string;
  threshold: number;
  released_at: string;
  cell_count: number;
  hidden_count: number;
  earlier_releases: number;
}

export interface ReportReleaseCellsTable {
  release_id: number;
  position: number;
  table_key: string;
  row_key: string;
  column_key: string;
  period: string | null;
  meeting_id: number | null;
  state: 'shown' | 'primary' | 'complementary';
  value: number | null;
  marker: string | null;
  range_low: number | null;
  range_high: number | null;
  terms: string | null;
}
