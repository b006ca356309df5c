import { fiscalQuarterKey, type FiscalQuarter } from '../../../shared/domain/fiscal-quarter';
import type { RedactionHit, ReportFile } from '../../../shared/domain/report';
import { todayIsoDate } from '../../../shared/domain/dates';
import type { Executor } from '../../ledger/database';
import type { Ledger } from '../../ledger/ledger';
import { readQuarterlyNarrative } from '../../ledger/reports/quarterly-narrative-repository';
import { findRedactionHits } from '../privacy/redaction-check';
import { migrantWorkerNames } from '../privacy/migrant-worker-names';
import { refuseUnconfirmedHits } from '../privacy/refuse-unconfirmed-hits';
import { reportFile } from '../report-file';
import { buildQuarterlyDocx } from './build-quarterly-docx';
import { buildQuarterlyXlsx } from './build-quarterly-xlsx';
import { gatherQuarterlyReport } from './quarterly-report-query';

export async function quarterlyRedactionHits(db: Executor, quarter: FiscalQuarter): Promise<RedactionHit[]> {
  const narrative = await readQuarterlyNarrative(db, fiscalQuarterKey(quarter));
  return findRedactionHits(
    [
      { source: 'highlights', where: '', text: narrative.highlights },
      { source: 'challenges', where: '', text: narrative.challenges },
      { source: 'lessonsLearned', where: '', text: narrative.lessonsLearned },
    ],
    await migrantWorkerNames(db),
  );
}

export interface QuarterlyRequest {
  quarter: FiscalQuarter;
  format: 'docx' | 'xlsx';
  language: 'en' | 'fr';
  status: 'draft' | 'final';
  confirmedHits: string[];
}

export async function generateQuarterlyReport(ledger: Ledger, request: QuarterlyRequest): Promise<ReportFile> {
  refuseUnconfirmedHits(await quarterlyRedactionHits(ledger.db, request.quarter), request.confirmedHits);
  const data = await gatherQuarterlyReport(ledger.db, request.quarter, {
    status: request.status,
    generatedOn: todayIsoDate(ledger.now()),
  });
  const build = request.format === 'docx' ? buildQuarterlyDocx : buildQuarterlyXlsx;
  const stem = `${request.language === 'fr' ? 'rapport-trimestriel' : 'quarterly-report'}-${fiscalQuarterKey(request.quarter)}-${request.status}`;
  return reportFile(stem, request.format, await build(data, request.language));
}
