import type { ReleaseSummary, ReleasedCell } from '../../../shared/domain/release-register';
import type { ProvinceCode } from '../../../shared/domain/provinces';
import type { Executor } from '../database';
import { provinceOfDocumentKey } from './quarterly-document-key';
import type { ReportReleaseCellsTable, ReportReleasesTable } from './release-register-table';

export type NewRelease = Omit<ReportReleasesTable, 'id'>;
export type NewReleaseCell = Omit<ReportReleaseCellsTable, 'release_id' | 'position'>;

/** Cells go in batches: SQLite caps the number of bound parameters per statement. */
const cellsPerInsert = 500;

export async function insertRelease(db: Executor, release: NewRelease, cells: readonly NewReleaseCell[]): Promise<number> {
  const { id } = await db.insertInto('report_releases').values(release).returning('id').executeTakeFirstOrThrow();
  for (let start = 0; start < cells.length; start += cellsPerInsert) {
    await db
      .insertInto('report_release_cells')
      .values(cells.slice(start, start + cellsPerInsert).map((cell, offset) => ({ ...cell, release_id: id, position: start + offset })))
      .execute();
  }
  return id;
}

export async function listReleases(db: Executor, limit: number): Promise<ReleaseSummary[]> {
  const rows = await db
    .selectFrom('report_releases as r')
    .leftJoin('meetings as m', 'm.id', 'r.meeting_id')
    .selectAll('r')
    .select('m.title as meeting_title')
    .orderBy('r.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    documentKind: row.document_kind,
    audience: row.audience,
    period: row.period,
    meetingId: row.meeting_id,
    meetingTitle: row.meeting_title,
    province: provinceOfDocumentKey(row.document_key) as ProvinceCode | null,
    format: row.format,
    language: row.language,
    status: row.status,
    fileName: row.file_name,
    fileSha256: row.file_sha256,
    threshold: row.threshold,
    releasedAt: row.released_at,
    cellCount: row.cell_count,
    hiddenCount: row.hidden_count,
    earlierReleases: row.earlier_releases,
  }));
}

export async function releaseExists(db: Executor, releaseId: number): Promise<boolean> {
  return (await db.selectFrom('report_releases').select('id').where('id', '=', releaseId).executeTakeFirst()) !== undefined;
}

export async function listReleaseCells(db: Executor, releaseId: number): Promise<ReleasedCell[]> {
  const rows = await db
    .selectFrom('report_release_cells')
    .selectAll()
    .where('release_id', '=', releaseId)
    .orderBy('position')
    .execute();
  return rows.map((row) => ({
    table: row.table_key,
    row: row.row_key,
    column: row.column_key,
    period: row.period,
    meetingId: row.meeting_id,
    state: row.state,
    value: row.value,
    marker: row.marker,
  }));
}

export type StoredCountCell = Pick<
  ReportReleaseCellsTable,
  'release_id' | 'table_key' | 'row_key' | 'column_key' | 'period' | 'meeting_id' | 'state' | 'value' | 'range_low' | 'range_high' | 'terms'
> & { document_key: string };

/** Every count of people ever released to an audience, oldest release first. */
export async function listReleasedCounts(db: Executor, audience: ReportReleasesTable['audience']): Promise<StoredCountCell[]> {
  return db
    .selectFrom('report_release_cells as c')
    .innerJoin('report_releases as r', 'r.id', 'c.release_id')
    .select([
      'c.release_id',
      'r.document_key',
      'c.table_key',
      'c.row_key',
      'c.column_key',
      'c.period',
      'c.meeting_id',
      'c.state',
      'c.value',
      'c.range_low',
      'c.range_high',
      'c.terms',
    ])
    .where('r.audience', '=', audience)
    .where('c.terms', 'is not', null)
    .orderBy('c.release_id')
    .orderBy('c.position')
    .execute();
}
