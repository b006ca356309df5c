import type { RedactionHit, ReportFile } from '../../../shared/domain/report';
import { isMigrantWorkerCategory, stakeholderCategories } from '../../../shared/domain/stakeholder-categories';
import type { Executor } from '../../ledger/database';
import { findRedactionHits, type TextToCheck, type WorkerName } from '../privacy/redaction-check';
import { reportFile } from '../report-file';
import { refuseUnconfirmedHits } from '../privacy/refuse-unconfirmed-hits';
import { buildAttendanceRegisterXlsx } from './build-attendance-register-xlsx';
import { buildMinutesDocx } from './build-minutes-docx';
import { buildPlenaryPacketDocx } from './build-plenary-packet-docx';
import type { MinutesSectionData } from './meeting-report-data';
import { gatherAttendanceRegister, gatherMinutesReport, gatherPlenaryPacket } from './meeting-report-queries';
import { motionTexts } from './motion-redaction-texts';

export type MeetingDocument = 'minutes_members' | 'minutes_shared' | 'plenary_packet';

/**
 * Workers whose names must not appear: in the Network's own minutes, those who have not consented
 * to be named; in anything that travels further (shared minutes, packets), every worker.
 */
async function protectedWorkers(db: Executor, document: MeetingDocument): Promise<WorkerName[]> {
  let query = db
    .selectFrom('members')
    .select(['id', 'display_name'])
    .where('category', 'in', stakeholderCategories.filter(isMigrantWorkerCategory));
  if (document === 'minutes_members') query = query.where('may_be_named', '=', 0);
  const rows = await query.execute();
  return rows.map((row) => ({ memberId: row.id, displayName: row.display_name }));
}

function sectionTexts(sections: readonly MinutesSectionData[], prefix = ''): TextToCheck[] {
  return sections.flatMap((section) => [
    { source: 'minutes' as const, where: `${prefix}${section.heading}`, text: section.notes },
    { source: 'minutes' as const, where: `${prefix}${section.heading}`, text: section.decisions },
    ...section.testimonies.map((testimony) => ({
      source: 'minutes' as const,
      where: `${prefix}${section.heading}`,
      text: testimony.summary,
    })),
  ]);
}

export async function meetingDocumentRedactionHits(
  db: Executor,
  meetingId: number,
  document: MeetingDocument,
): Promise<RedactionHit[]> {
  const workers = await protectedWorkers(db, document);
  if (document === 'plenary_packet') {
    const packet = await gatherPlenaryPacket(db, meetingId, 'draft');
    return findRedactionHits(
      [
        ...sectionTexts(packet.previousMinutes?.sections ?? [], `${packet.previousMinutes?.meetingTitle ?? ''}: `),
        ...packet.recommendations.flatMap((recommendation) => [
          { source: 'minutes' as const, where: recommendation.title, text: recommendation.text },
          { source: 'minutes' as const, where: recommendation.title, text: recommendation.rationale ?? '' },
        ]),
        ...packet.groupUpdates.flatMap((update) =>
          update.decisions.map((text) => ({ source: 'minutes' as const, where: update.meetingTitle, text })),
        ),
      ],
      workers,
    );
  }
  const minutes = await gatherMinutesReport(db, meetingId, document === 'minutes_shared' ? 'shared' : 'members');
  return findRedactionHits(
    [
      ...sectionTexts(minutes.sections),
      ...motionTexts(minutes.votes),
      ...minutes.amendments.map((amendment) => ({
        source: 'minutes' as const,
        where: amendment.reason,
        text: amendment.text,
      })),
    ],
    workers,
  );
}

const stemFor = (language: 'en' | 'fr', english: string, french: string, meetingId: number, heldOn: string) =>
  `${language === 'fr' ? french : english}-${heldOn}-${meetingId}`;

export async function generateMinutes(
  db: Executor,
  request: { meetingId: number; language: 'en' | 'fr'; audience: 'members' | 'shared'; confirmedHits: string[] },
): Promise<ReportFile> {
  const document = request.audience === 'shared' ? 'minutes_shared' : 'minutes_members';
  refuseUnconfirmedHits(await meetingDocumentRedactionHits(db, request.meetingId, document), request.confirmedHits);
  const data = await gatherMinutesReport(db, request.meetingId, request.audience);
  const stem = stemFor(
    request.language,
    request.audience === 'shared' ? 'minutes-shared' : 'minutes',
    request.audience === 'shared' ? 'proces-verbal-diffusion' : 'proces-verbal',
    request.meetingId,
    data.meeting.heldOn,
  );
  return reportFile(stem, 'docx', await buildMinutesDocx(data, request.language));
}

export async function generatePlenaryPacket(
  db: Executor,
  request: { meetingId: number; language: 'en' | 'fr'; status: 'draft' | 'final'; confirmedHits: string[] },
): Promise<ReportFile> {
  refuseUnconfirmedHits(
    await meetingDocumentRedactionHits(db, request.meetingId, 'plenary_packet'),
    request.confirmedHits,
  );
  const data = await gatherPlenaryPacket(db, request.meetingId, request.status);
  return reportFile(
    stemFor(request.language, 'plenary-packet', 'trousse-pleniere', request.meetingId, data.meeting.heldOn),
    'docx',
    await buildPlenaryPacketDocx(data, request.language),
  );
}

export async function generateAttendanceRegister(
  db: Executor,
  request: { meetingId: number; language: 'en' | 'fr' },
): Promise<ReportFile> {
  const data = await gatherAttendanceRegister(db, request.meetingId);
  return reportFile(
    stemFor(request.language, 'attendance-register', 'registre-presences', request.meetingId, data.meeting.heldOn),
    'xlsx',
    await buildAttendanceRegisterXlsx(data, request.language),
  );
}
