import { field, heading, paragraph, title, typed, type DocumentBlock, type ReportDocument } from '../document/report-document';
import { effectiveSuppressionThreshold, SuppressionLog, type DocumentDisclosure } from '../privacy';
import { appendixBlocks } from '../privacy/appendix-blocks';
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
 * A meeting's minutes, for the .docx and the print view alike. The shared copy needs the disclosure
 * audit's decision for its counts; the Network's own copy prints them as they are.
 */
export function minutesDocument(
  data: MinutesReportData,
  language: ReportLanguage,
  disclosure: DocumentDisclosure | null,
): ReportDocument {
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
  const body: DocumentBlock[] = [
    heading(t.attendance, 1),
    attendance,
    ...(shared ? [paragraph(t.sharedNote, 'note')] : []),
    heading(t.minutesOfItems, 1),
    // Each vote under the agenda item it was taken at, as minutes are read.
    ...sectionsWithMotions(data.sections, data.votes, { shared, threshold, t, m: motionDocumentsText(language), format }),
    heading(t.actionItems, 1),
    ...actionItemBullets(data.actionItems, t, format),
    heading(t.approval, 1),
    field(format, t.status, t.minutesStatuses[data.approval.status] ?? data.approval.status),
    ...(data.approval.circulatedOn ? [field(format, t.circulatedOn, format.date(data.approval.circulatedOn))] : []),
    ...(data.approval.approvedOn ? [field(format, t.approvedOn, format.date(data.approval.approvedOn))] : []),
    ...(data.approval.approvedAtMeetingTitle ? [field(format, t.approvedAt, data.approval.approvedAtMeetingTitle)] : []),
    heading(t.amendments, 2),
    ...(data.amendments.length === 0
      ? [paragraph(t.noAmendments, 'note')]
      : data.amendments.flatMap((amendment) => [
          paragraph(`${format.date(amendment.amendedOn)} — ${format.colon(t.reason)} ${amendment.reason}`, 'strong'),
          typed(amendment.text),
        ])),
    ...(appendix ? appendixBlocks(appendix) : []),
  ];
  return {
    title: `${t.minutesTitle} — ${data.meeting.title}`,
    language,
    format,
    threshold,
    footer: { what: `${data.meeting.title}, ${format.date(data.meeting.heldOn)}`, status: statusLabel, page: t.page, of: t.of },
    cover: [
      title(`${format.colon(t.minutesTitle)} ${data.meeting.title}`),
      paragraph(`${data.networkName} — ${meetingKindLabel(data.meeting.kind, language)}`, 'strong'),
      ...meetingFacts(data.meeting, t, format),
    ],
    body,
  };
}
