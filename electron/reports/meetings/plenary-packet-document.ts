import { languageName } from '../../../shared/domain/languages';
import {
  bullets,
  field,
  heading,
  pageBreak,
  paragraph,
  tableBlock,
  title,
  typed,
  type DocumentBlock,
  type ReportDocument,
} from '../document/report-document';
import { text } from '../document/report-table';
import { recommendationKindLabel } from '../text/category-labels';
import { reportFormat, type ReportLanguage } from '../text/report-format';
import { actionItemBullets, meetingFacts, minutesSections } from './meeting-blocks';
import { meetingDocumentsText } from './meeting-documents-text';
import type { PlenaryPacketData } from './plenary-packet-data';

function addMinutes(time: string, minutes: number): string {
  const total = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes;
  return `${String(Math.floor(total / 60) % 24).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** The packet members receive before a plenary, for the .docx and the print view alike. */
export function plenaryPacketDocument(data: PlenaryPacketData, language: ReportLanguage): ReportDocument {
  const t = meetingDocumentsText(language);
  const format = reportFormat(language);
  const statusLabel = data.status === 'final' ? t.final : t.draft;
  let clock = data.meeting.startsAt;
  const agendaRows = data.agenda.map((item) => {
    const row = [text(clock), text(item.title), text(item.presenter ?? '')];
    clock = addMinutes(clock, item.plannedMinutes);
    return row;
  });
  const languages = data.interpretationLanguages.map((code) => languageName(code, language));
  const body: DocumentBlock[] = [
    heading(t.agenda, 1),
    tableBlock(
      {
        sheetName: t.agenda,
        title: t.agenda,
        columns: [{ header: t.agendaTime }, { header: t.agendaItem }, { header: t.presenter }],
        rows: agendaRows,
      },
      format,
      10,
    ),
    heading(t.previousMinutes, 1),
    ...(data.previousMinutes
      ? [
          paragraph(`${data.previousMinutes.meetingTitle} — ${format.date(data.previousMinutes.heldOn)}`, 'strong'),
          ...minutesSections(data.previousMinutes.sections, { t, format }, 2),
        ]
      : [paragraph(t.noPreviousMinutes, 'note')]),
    heading(t.recommendations, 1),
    ...(data.recommendations.length === 0
      ? [paragraph(t.noRecommendations, 'note')]
      : data.recommendations.flatMap((recommendation) => [
          heading(recommendation.title, 2),
          field(format, t.workingGroup, recommendation.workingGroupName ?? t.notGiven),
          field(format, t.recommendationKind, recommendationKindLabel(recommendation.kind, language)),
          paragraph(t.recommendationText, 'strong'),
          typed(recommendation.text),
          ...(recommendation.rationale ? [paragraph(t.rationale, 'strong'), typed(recommendation.rationale)] : []),
        ])),
    heading(t.groupUpdates, 1),
    ...(data.groupUpdates.length === 0
      ? [paragraph(t.noGroupUpdates, 'note')]
      : data.groupUpdates.flatMap((update) => [
          heading(`${update.meetingTitle} — ${format.date(update.heldOn)}`, 2),
          bullets(update.decisions.flatMap((decision) => decision.split(/\r?\n/).filter((line) => line.trim()))),
        ])),
    heading(t.openActionItems, 1),
    ...actionItemBullets(
      data.openActionItems.map((item) => ({ ...item, description: `${item.description} (${item.meetingTitle})` })),
      t,
      format,
    ),
  ];
  return {
    title: `${t.packetTitle} — ${data.meeting.title}`,
    language,
    format,
    threshold: 10,
    footer: { what: `${data.meeting.title}, ${format.date(data.meeting.heldOn)}`, status: statusLabel, page: t.page, of: t.of },
    contentsTitle: t.contents,
    cover: [
      title(`${format.colon(t.packetTitle)} ${data.meeting.title}`),
      paragraph(data.networkName, 'lead'),
      ...meetingFacts(data.meeting, t, format),
      field(format, t.interpretationOffered, languages.length > 0 ? languages.join(', ') : t.noInterpretation),
      field(format, t.status, statusLabel),
      pageBreak,
    ],
    body,
  };
}
