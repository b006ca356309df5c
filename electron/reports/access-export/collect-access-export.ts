import { todayIsoDate } from '../../../shared/domain/dates';
import { notFound } from '../../domain-error';
import { consentHistory } from '../../ledger/consent/consent-repository';
import type { Ledger } from '../../ledger/ledger';
import { findMember } from '../../ledger/members/member-repository';
import { listMemberGroups } from '../../ledger/working-groups/working-group-repository';
import type { AccessExportData } from './access-export-data';
import { buildAccessExport } from './build-access-export';
import { attendedMeetings, castBallots, ownedActionItems, recordedTestimonies, sponsoredMotions } from './collect-meeting-records';

export async function collectAccessExportData(ledger: Ledger, memberId: number): Promise<AccessExportData> {
  const member = await findMember(ledger.db, memberId);
  if (!member) throw notFound('member', memberId);
  const today = todayIsoDate(ledger.now());
  return {
    producedOn: today,
    member,
    consentHistory: await consentHistory(ledger.db, memberId),
    workingGroups: await listMemberGroups(ledger.db, memberId, today),
    meetingsAttended: await attendedMeetings(ledger.db, memberId),
    ballots: await castBallots(ledger.db, memberId),
    motions: await sponsoredMotions(ledger.db, memberId),
    testimonies: await recordedTestimonies(ledger.db, memberId),
    actionItems: await ownedActionItems(ledger.db, memberId),
  };
}

export const docxMimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The export as the renderer downloads it; the file name carries no name, only the member number. */
export async function exportMemberAccess(
  ledger: Ledger,
  memberId: number,
): Promise<{ fileName: string; mimeType: string; base64: string }> {
  const data = await collectAccessExportData(ledger, memberId);
  const bytes = await buildAccessExport(data);
  return {
    fileName: `access-request-member-${memberId}-${data.producedOn}.docx`,
    mimeType: docxMimeType,
    base64: Buffer.from(bytes).toString('base64'),
  };
}
