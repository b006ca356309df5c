import { fiscalQuarterKey, fiscalQuarterOf } from '../../../shared/domain/fiscal-quarter';
import type { RedactionHit, ReportFile } from '../../../shared/domain/report';
import type { Executor } from '../../ledger/database';
import type { Ledger } from '../../ledger/ledger';
import { requireMeeting } from '../../ledger/meetings/meeting-reads';
import { readNetworkName } from '../../ledger/reports/report-settings';
import { effectiveSuppressionThreshold } from '../privacy';
import { migrantWorkerNames } from '../privacy/migrant-worker-names';
import { findRedactionHits, type WorkerName } from '../privacy/redaction-check';
import { refuseUnconfirmedHits } from '../privacy/refuse-unconfirmed-hits';
import { releaseSharedDocument } from '../releases/release-shared-document';
import { reportFile } from '../report-file';
import { buildAttendanceRegisterXlsx } from './build-attendance-register-xlsx';
import type { ReportDocument } from '../document/report-document';
import { renderDocx } from '../docx/render-docx';
import { renderPrintHtml } from '../html/render-print-html';
import { printedFile, requirePrinter, type DocumentPrinter } from '../pdf/document-printer';
import { minutesDocument } from './minutes-document';
import { plenaryPacketDocument } from './plenary-packet-document';
import { gatherAttendanceRegister, gatherMinutesReport, gatherPlenaryPacket } from './meeting-report-queries';
import { minutesTexts, plenaryPacketTexts } from './meeting-texts';
import { sharedMinutesCells } from './shared-minutes-cells';
import { sharedMinutesFigures } from './shared-minutes-figures';

export type MeetingDocument = 'minutes_members' | 'minutes_shared' | 'plenary_packet';

/**
 * Workers whose names must not appear: in the Network's own minutes, those who have not consented
 * to be named; in anything that travels further (shared minutes, packets), every worker.
 */
function protectedWorkers(db: Executor, document: MeetingDocument): Promise<WorkerName[]> {
  return migrantWorkerNames(db, { exceptThoseWhoMayBeNamed: document === 'minutes_members' });
}

/** Every free text the document will print, searched for protected workers' names. */
export async function meetingDocumentRedactionHits(
  db: Executor,
  meetingId: number,
  document: MeetingDocument,
): Promise<RedactionHit[]> {
  const workers = await protectedWorkers(db, document);
  // Gathered in English; the French copy differs only by the network's French name, checked beside it.
  const texts =
    document === 'plenary_packet'
      ? plenaryPacketTexts(await gatherPlenaryPacket(db, meetingId, 'draft', 'en'))
      : minutesTexts(await gatherMinutesReport(db, meetingId, document === 'minutes_shared' ? 'shared' : 'members', 'en'));
  const frenchName = { field: 'networkNameFr' as const, where: '', text: await readNetworkName(db, 'fr') };
  return findRedactionHits(document, [...texts, frenchName], workers);
}

const stemFor = (language: 'en' | 'fr', english: string, french: string, meetingId: number, heldOn: string) =>
  `${language === 'fr' ? french : english}-${heldOn}-${meetingId}`;

/** A meeting document as .docx, or printed to PDF from its print view. */
async function documentFile(
  document: ReportDocument,
  stem: string,
  format: 'docx' | 'pdf',
  printer: DocumentPrinter | undefined,
): Promise<{ file: ReportFile; bytes: Buffer }> {
  if (format === 'pdf') {
    const html = renderPrintHtml(document, stem);
    return printedFile(stem, html, await requirePrinter(printer).print(html));
  }
  const bytes = await renderDocx(document);
  return { file: reportFile(stem, 'docx', bytes), bytes };
}

export async function generateMinutes(
  ledger: Ledger,
  request: {
    meetingId: number;
    language: 'en' | 'fr';
    audience: 'members' | 'shared';
    format: 'docx' | 'pdf';
    confirmedHits: string[];
  },
  printer?: DocumentPrinter,
): Promise<ReportFile> {
  const document = request.audience === 'shared' ? 'minutes_shared' : 'minutes_members';
  refuseUnconfirmedHits(await meetingDocumentRedactionHits(ledger.db, request.meetingId, document), request.confirmedHits);
  if (request.audience === 'members') {
    const data = await gatherMinutesReport(ledger.db, request.meetingId, 'members', request.language);
    const stem = stemFor(request.language, 'minutes', 'proces-verbal', request.meetingId, data.meeting.heldOn);
    return (await documentFile(minutesDocument(data, request.language, null), stem, request.format, printer)).file;
  }
  const { heldOn } = await requireMeeting(ledger.db, request.meetingId);
  return releaseSharedDocument(ledger, {
    operation: 'reports.minutes.generate',
    documentKind: 'minutes_shared',
    documentKey: `minutes:${request.meetingId}`,
    period: fiscalQuarterKey(fiscalQuarterOf(heldOn)),
    meetingId: request.meetingId,
    format: request.format,
    language: request.language,
    status: 'final',
    gather: async (db) => {
      const data = await gatherMinutesReport(db, request.meetingId, 'shared', request.language);
      return { data, counts: sharedMinutesCells(data).counts, threshold: effectiveSuppressionThreshold(data.suppressionThreshold) };
    },
    build: async (data, disclosure) => {
      const stem = stemFor(request.language, 'minutes-shared', 'proces-verbal-diffusion', request.meetingId, data.meeting.heldOn);
      const built = await documentFile(minutesDocument(data, request.language, disclosure), stem, request.format, printer);
      return { ...built, figures: sharedMinutesFigures(data, disclosure) };
    },
  });
}

export async function generatePlenaryPacket(
  db: Executor,
  request: { meetingId: number; language: 'en' | 'fr'; status: 'draft' | 'final'; format: 'docx' | 'pdf'; confirmedHits: string[] },
  printer?: DocumentPrinter,
): Promise<ReportFile> {
  refuseUnconfirmedHits(
    await meetingDocumentRedactionHits(db, request.meetingId, 'plenary_packet'),
    request.confirmedHits,
  );
  const data = await gatherPlenaryPacket(db, request.meetingId, request.status, request.language);
  const stem = stemFor(request.language, 'plenary-packet', 'trousse-pleniere', request.meetingId, data.meeting.heldOn);
  return (await documentFile(plenaryPacketDocument(data, request.language), stem, request.format, printer)).file;
}

export async function generateAttendanceRegister(
  db: Executor,
  request: { meetingId: number; language: 'en' | 'fr' },
): Promise<ReportFile> {
  const data = await gatherAttendanceRegister(db, request.meetingId, request.language);
  return reportFile(
    stemFor(request.language, 'attendance-register', 'registre-presences', request.meetingId, data.meeting.heldOn),
    'xlsx',
    await buildAttendanceRegisterXlsx(data, request.language),
  );
}
