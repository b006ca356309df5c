import { fiscalQuarterKey, type FiscalQuarter } from '../../../shared/domain/fiscal-quarter';
import type { RedactionHit, ReportFile } from '../../../shared/domain/report';
import { todayIsoDate } from '../../../shared/domain/dates';
import type { Executor } from '../../ledger/database';
import type { Ledger } from '../../ledger/ledger';
import { readQuarterlyNarrative } from '../../ledger/reports/quarterly-narrative-repository';
import { readNetworkName } from '../../ledger/reports/report-settings';
import { findRedactionHits } from '../privacy/redaction-check';
import { migrantWorkerNames } from '../privacy/migrant-worker-names';
import { refuseUnconfirmedHits } from '../privacy/refuse-unconfirmed-hits';
import { releaseSharedDocument } from '../releases/release-shared-document';
import { publishQuarterlyReport } from './publish-quarterly-report';
import { quarterlyCells } from './quarterly-cells';
import { quarterlyFigures } from './quarterly-figures';
import { buildQuarterlyDocx } from './build-quarterly-docx';
import { buildQuarterlyXlsx } from './build-quarterly-xlsx';
import { gatherQuarterlyReport } from './quarterly-report-query';

/** Every free text the quarterly report prints: the network's name and the narrative. */
export async function quarterlyRedactionHits(db: Executor, quarter: FiscalQuarter): Promise<RedactionHit[]> {
  const narrative = await readQuarterlyNarrative(db, fiscalQuarterKey(quarter));
  return findRedactionHits(
    'quarterly_report',
    [
      { field: 'networkName', where: '', text: await readNetworkName(db) },
      { field: 'highlights', where: '', text: narrative.highlights },
      { field: 'challenges', where: '', text: narrative.challenges },
      { field: 'lessonsLearned', where: '', text: narrative.lessonsLearned },
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
  const period = fiscalQuarterKey(request.quarter);
  return releaseSharedDocument(ledger, {
    operation: 'reports.quarterly.generate',
    documentKind: 'quarterly_report',
    documentKey: `quarterly:${period}`,
    period,
    meetingId: null,
    format: request.format,
    language: request.language,
    status: request.status,
    gather: async (db) => {
      const data = await gatherQuarterlyReport(db, request.quarter, {
        status: request.status,
        generatedOn: todayIsoDate(ledger.now()),
      });
      const cells = quarterlyCells(data);
      return { data, counts: cells.counts, threshold: cells.threshold };
    },
    build: async (data, disclosure) => {
      const build = request.format === 'docx' ? buildQuarterlyDocx : buildQuarterlyXlsx;
      return {
        stem: `${request.language === 'fr' ? 'rapport-trimestriel' : 'quarterly-report'}-${period}-${request.status}`,
        bytes: await build(data, request.language, disclosure),
        figures: quarterlyFigures(publishQuarterlyReport(data, request.language, disclosure)),
      };
    },
  });
}
