import { buildDocx } from '../docx/build-docx';
import { documentFooter, heading, labelledLine, paragraph, paragraphs, title } from '../docx/docx-blocks';
import { effectiveSuppressionThreshold, SuppressionLog } from '../privacy';
import { meetingKindLabel } from '../text/category-labels';
import { reportFormat, type ReportLanguage } from '../text/report-format';
import { actionItemBullets, attendanceTable, meetingFacts } from './meeting-blocks';
import { sectionsWithMotions } from './motion-blocks';
import { motionDocumentsText } from './motion-documents-text';
import { meetingDocumentsText } from './meeting-documents-text';
import type { MinutesReportData } from './meeting-report-data';

/** A meeting's minutes as a Word document. Pure: data in, bytes out. */
export async function buildMinutesDocx(data: MinutesReportData, language: ReportLanguage): Promise<Buffer> {
  const t = meetingDocumentsText(language);
  const format = reportFormat(language);
  const threshold = effectiveSuppressionThreshold(data.suppressionThreshold);
  const shared = data.audience === 'shared';
  const log = new SuppressionLog();
  const statusLabel = data.approval.status === 'approved' ? t.final : t.draft;
  const attendance = attendanceTable(data.attendanceByCategory, { shared, threshold, t, format, log });
  const body = [
    heading(t.attendance, 1),
    attendance,
    ...(shared
      ? [
          paragraph(t.sharedNote, { italics: true }),
          ...(log.count > 0 ? [paragraph(t.suppressedCount(log.count))] : []),
        ]
      : []),
    heading(t.minutesOfItems, 1),
    // Each vote under the agenda item it was taken at, as minutes are read.
    ...sectionsWithMotions(data.sections, data.votes, { shared, threshold, t, m: motionDocumentsText(language), format }),
    heading(t.actionItems, 1),
    ...actionItemBullets(data.actionItems, t, format),
    heading(t.approval, 1),
    labelledLine(t.status, t.minutesStatuses[data.approval.status] ?? data.approval.status),
    ...(data.approval.circulatedOn ? [labelledLine(t.circulatedOn, format.date(data.approval.circulatedOn))] : []),
    ...(data.approval.approvedOn ? [labelledLine(t.approvedOn, format.date(data.approval.approvedOn))] : []),
    ...(data.approval.approvedAtMeetingTitle ? [labelledLine(t.approvedAt, data.approval.approvedAtMeetingTitle)] : []),
    heading(t.amendments, 2),
    ...(data.amendments.length === 0
      ? [paragraph(t.noAmendments, { italics: true })]
      : data.amendments.flatMap((amendment) => [
          paragraph(`${format.date(amendment.amendedOn)} — ${t.reason}: ${amendment.reason}`, { bold: true }),
          ...paragraphs(amendment.text),
        ])),
  ];
  return buildDocx({
    title: `${t.minutesTitle} — ${data.meeting.title}`,
    language,
    footer: documentFooter(`${data.meeting.title}, ${format.date(data.meeting.heldOn)}`, statusLabel, t.page, t.of),
    cover: [
      title(`${t.minutesTitle}: ${data.meeting.title}`),
      paragraph(`${data.networkName} — ${meetingKindLabel(data.meeting.kind, language)}`, { bold: true }),
      ...meetingFacts(data.meeting, t, format),
    ],
    body,
  });
}
