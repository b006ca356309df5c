import { fiscalQuarterKey, type FiscalQuarter } from '../../../shared/domain/fiscal-quarter';
import type { QuarterlyScope, RedactionHit, ReportFile } from '../../../shared/domain/report';
import { provinceNames } from '../../../shared/domain/province-names';
import type { ProvinceCode } from '../../../shared/domain/provinces';
import { todayIsoDate } from '../../../shared/domain/dates';
import type { Executor } from '../../ledger/database';
import type { Ledger } from '../../ledger/ledger';
import { readQuarterlyNarrative } from '../../ledger/reports/quarterly-narrative-repository';
import { readNetworkNames } from '../../ledger/reports/report-settings';
import { findRedactionHits } from '../privacy/redaction-check';
import { migrantWorkerNames } from '../privacy/migrant-worker-names';
import { refuseUnconfirmedHits } from '../privacy/refuse-unconfirmed-hits';
import { releaseSharedDocument } from '../releases/release-shared-document';
import { publishQuarterlyReport } from './publish-quarterly-report';
import { quarterlyCells } from './quarterly-cells';
import { quarterlyFigures } from './quarterly-figures';
import { buildQuarterlyDocx } from './build-quarterly-docx';
import { buildQuarterlyXlsx } from './build-quarterly-xlsx';
import { buildQuarterlyPrintView } from './build-quarterly-print-view';
import { printedFile, requirePrinter, type DocumentPrinter } from '../pdf/document-printer';
import { reportFile } from '../report-file';
import { gatherQuarterlyReport } from './quarterly-report-query';
import { quarterlyDocumentKey } from '../../ledger/reports/quarterly-document-key';

/** A provincial report's file names its province as the reader would ("colombie-britannique"); the national one's stays as it was. */
function scopeInFileName(province: ProvinceCode | null, language: 'en' | 'fr'): string[] {
  if (province === null) return [];
  const name = provinceNames[province][language].normalize('NFD').replace(/\p{M}/gu, '');
  return [name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')];
}

/** Every free text the quarterly report prints, in either language: the network's name and the narrative. */
export async function quarterlyRedactionHits(db: Executor, quarter: FiscalQuarter): Promise<RedactionHit[]> {
  const key = fiscalQuarterKey(quarter);
  const english = await readQuarterlyNarrative(db, key, 'en');
  const french = await readQuarterlyNarrative(db, key, 'fr');
  const names = await readNetworkNames(db);
  return findRedactionHits(
    'quarterly_report',
    [
      { field: 'networkName', where: '', text: names.en },
      { field: 'networkNameFr', where: '', text: names.fr },
      { field: 'highlights', where: '', text: english.highlights },
      { field: 'challenges', where: '', text: english.challenges },
      { field: 'lessonsLearned', where: '', text: english.lessonsLearned },
      { field: 'highlightsFr', where: '', text: french.highlights },
      { field: 'challengesFr', where: '', text: french.challenges },
      { field: 'lessonsLearnedFr', where: '', text: french.lessonsLearned },
    ],
    await migrantWorkerNames(db),
  );
}

export interface QuarterlyRequest {
  quarter: FiscalQuarter;
  /** The network's report (the default) or one province's or territory's (quarterly-report-query.ts). */
  scope?: QuarterlyScope;
  format: 'docx' | 'xlsx' | 'pdf';
  language: 'en' | 'fr';
  status: 'draft' | 'final';
  confirmedHits: string[];
}

export async function generateQuarterlyReport(
  ledger: Ledger,
  request: QuarterlyRequest,
  printer?: DocumentPrinter,
): Promise<ReportFile> {
  refuseUnconfirmedHits(await quarterlyRedactionHits(ledger.db, request.quarter), request.confirmedHits);
  const period = fiscalQuarterKey(request.quarter);
  const province = request.scope === undefined || request.scope === 'national' ? null : request.scope;
  return releaseSharedDocument(ledger, {
    operation: 'reports.quarterly.generate',
    documentKind: 'quarterly_report',
    documentKey: quarterlyDocumentKey(period, province),
    period,
    meetingId: null,
    format: request.format,
    language: request.language,
    status: request.status,
    gather: async (db) => {
      const data = await gatherQuarterlyReport(db, request.quarter, {
        status: request.status,
        generatedOn: todayIsoDate(ledger.now()),
        language: request.language,
        province,
      });
      const cells = quarterlyCells(data);
      return { data, counts: cells.counts, threshold: cells.threshold };
    },
    build: async (data, disclosure) => {
      const stem = [request.language === 'fr' ? 'rapport-trimestriel' : 'quarterly-report', period, ...scopeInFileName(province, request.language), request.status].join('-');
      // The same figures in every format: a PDF publishes what the .docx publishes.
      const figures = quarterlyFigures(publishQuarterlyReport(data, request.language, disclosure));
      if (request.format === 'pdf') {
        const html = buildQuarterlyPrintView(data, request.language, disclosure, stem);
        return { ...printedFile(stem, html, await requirePrinter(printer).print(html)), figures };
      }
      const build = request.format === 'docx' ? buildQuarterlyDocx : buildQuarterlyXlsx;
      const bytes = await build(data, request.language, disclosure);
      return { file: reportFile(stem, request.format, bytes), bytes, figures };
    },
  });
}
