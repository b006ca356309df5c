import { buildDocx } from '../docx/build-docx';
import { documentFooter, heading, labelledLine, paragraph, paragraphs, title } from '../docx/docx-blocks';
import { effectiveSuppressionThreshold, SuppressionLog, type DocumentDisclosure } from '../privacy';
import { disclosureAppendix } from '../privacy/disclosure-appendix';
import { meetingKindLabel } from '../text/category-labels';
import { reportFormat, type ReportLanguage } from '../text/report-format';
import { actionItemBullets, attendanceTable, meetingFacts, sharedAttendanceTable } from './meeting-blocks';
import { sectionsWithMotions } from './motion-blocks';
import { motionDocumentsText } from './motion-documents-text';
import { meetingDocumentsText } from './meeting-documents-text';
import type { MinutesReportData } from './meeting-report-data';
import { sharedMinutesCells } from './shared-minutes-cells';

/**
 * A meeting's minutes as a Word document. Pure: data in, bytes out. The shared copy needs the
 * disclosure audit's decision for its counts; the Network's own copy prints them as they are.
 */
export async function buildMinutesDocx(
  data: MinutesReportData,
  language: ReportLanguage,
  disclosure: DocumentDisclosure | null,
): Promise<Buffer> {
  const t = meetingDocumentsText(language);
  const format = reportFormat(language);
  const threshold = effectiveSuppressionThreshold(data.suppressionThreshold);
  const shared = data.audience === 'shared';
  if (shared && !disclosure) throw new Error('Shared minutes need a disclosure decision');
  const log = new SuppressionLog();
  const statusLabel = data.approval.status === 'approved' ? t.final : t.draft;
  const attendance =
    shared && disclosure
      ? sharedAttendanceTable(sharedMinutesCells(data), disclosure, { threshold, t, format, log })
      : attendanceTable(data.attendanceByCategory, { t, format });
  const appendix =
    shared && disclosure
      ? disclosureAppendix(log, disclosure, { threshold, language, folded: data.rareCategories.length > 0 })
      : null;
  const body = [
    heading(t.attendance, 1),
    attendance,
    ...(shared ? [paragraph(t.sharedNote, { italics: true })] : []),
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
    ...(appendix
      ? [
          heading(appendix.heading, 1),
          ...appendix.statements.map((statement, index) => paragraph(statement, { bold: index === 0 })),
          ...appendix.entries.map((entry) => paragraph(entry, { size: 18 })),
        ]
      : []),
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
