import { createHash } from 'node:crypto';
import type { ReleaseAudience, ReleasedDocumentKind } from '../../../shared/domain/release-register';
import type { Ledger } from '../../ledger/ledger';
import { insertRelease } from '../../ledger/reports/release-register-repository';
import type { PublishedFigure } from './published-figure';

export interface ReleaseRecord {
  readonly documentKind: ReleasedDocumentKind;
  readonly documentKey: string;
  readonly audience: ReleaseAudience;
  readonly period: string | null;
  readonly meetingId: number | null;
  readonly format: 'docx' | 'xlsx' | 'pdf';
  readonly language: 'en' | 'fr';
  readonly status: 'draft' | 'final';
  readonly fileName: string;
  /** What is fingerprinted: the file, or for web mode's PDF the print view the browser prints it from. */
  readonly bytes: Buffer;
  readonly threshold: number;
  readonly figures: readonly PublishedFigure[];
  readonly earlierReleases: number;
}

/** Writes the release and every figure it published, with its audit entry, in one transaction. */
export async function recordRelease(ledger: Ledger, operation: string, record: ReleaseRecord): Promise<number> {
  const sha256 = createHash('sha256').update(record.bytes).digest('hex');
  const hidden = record.figures.filter((figure) => figure.state !== 'shown').length;
  return ledger.write(operation, async (trx, audit) => {
    const id = await insertRelease(
      trx,
      {
        document_kind: record.documentKind,
        document_key: record.documentKey,
        audience: record.audience,
        period: record.period,
        meeting_id: record.meetingId,
        format: record.format,
        language: record.language,
        status: record.status,
        file_name: record.fileName,
        file_sha256: sha256,
        threshold: record.threshold,
        released_at: ledger.now().toISOString(),
        cell_count: record.figures.length,
        hidden_count: hidden,
        earlier_releases: record.earlierReleases,
      },
      record.figures.map((figure) => ({
        table_key: figure.table,
        row_key: figure.row,
        column_key: figure.column,
        period: figure.period,
        meeting_id: figure.meetingId,
        state: figure.state,
        value: figure.value,
        marker: figure.marker,
        range_low: figure.range?.low ?? null,
        range_high: figure.range && Number.isFinite(figure.range.high) ? figure.range.high : null,
        terms: figure.terms ? JSON.stringify(figure.terms) : null,
      })),
    );
    audit.record({
      entityType: 'report_release',
      entityId: id,
      changes: {
        document: { from: null, to: record.documentKey },
        file: { from: null, to: `${record.fileName} (${record.format}, ${record.language}, ${record.status})` },
        fileSha256: { from: null, to: sha256 },
        hiddenCells: { from: null, to: hidden },
      },
    });
    return id;
  });
}
