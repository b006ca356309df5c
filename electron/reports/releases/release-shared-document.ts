import type { ReportFile } from '../../../shared/domain/report';
import type { ReleasedDocumentKind } from '../../../shared/domain/release-register';
import type { Executor } from '../../ledger/database';
import type { Ledger } from '../../ledger/ledger';
import { decideDisclosure } from '../disclosure/decide-disclosure';
import type { CountCell } from '../disclosure/disclosure-cell';
import type { DocumentDisclosure } from '../privacy';
import { prepareDisclosure } from './prepare-disclosure';
import type { PublishedFigure } from './published-figure';
import { recordRelease } from './record-release';
import { withReleaseLock } from './release-lock';

export interface SharedDocumentJob<Data> {
  /** The contract operation, for the audit log. */
  readonly operation: string;
  readonly documentKind: ReleasedDocumentKind;
  readonly documentKey: string;
  readonly period: string | null;
  readonly meetingId: number | null;
  readonly format: 'docx' | 'xlsx' | 'pdf';
  readonly language: 'en' | 'fr';
  readonly status: 'draft' | 'final';
  /** Reads the document's data and the counts of people it prints, in one read transaction. */
  gather(db: Executor): Promise<{ data: Data; counts: readonly CountCell[]; threshold: number }>;
  /** The file for the coordinator, the bytes the register fingerprints, and every figure printed. */
  build(data: Data, disclosure: DocumentDisclosure): Promise<{ file: ReportFile; bytes: Buffer; figures: PublishedFigure[] }>;
}

/**
 * How every document for funders and government is produced: read its figures, audit them against
 * everything already released to the same audience, suppress, build the file, and record the
 * release with every cell it published. One at a time per ledger.
 */
export function releaseSharedDocument<Data>(ledger: Ledger, job: SharedDocumentJob<Data>): Promise<ReportFile> {
  return withReleaseLock(ledger, async () => {
    const { data, threshold, prepared } = await ledger.db.transaction().execute(async (trx) => {
      const gathered = await job.gather(trx);
      const prepared = await prepareDisclosure(trx, {
        newCells: gathered.counts,
        documentKey: job.documentKey,
        threshold: gathered.threshold,
        audience: 'funders_government',
      });
      return { ...gathered, prepared };
    });
    const decision = await decideDisclosure(prepared.problem, prepared.keepHidden);
    const disclosure: DocumentDisclosure = {
      states: decision.states,
      withheld: decision.withheld,
      earlierReleases: prepared.earlierReleases,
    };
    const built = await job.build(data, disclosure);
    const { file } = built;
    await recordRelease(ledger, job.operation, {
      documentKind: job.documentKind,
      documentKey: job.documentKey,
      audience: 'funders_government',
      period: job.period,
      meetingId: job.meetingId,
      format: job.format,
      language: job.language,
      status: job.status,
      fileName: file.fileName,
      bytes: built.bytes,
      threshold,
      figures: built.figures,
      earlierReleases: prepared.earlierReleases,
    });
    return file;
  });
}
