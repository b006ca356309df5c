import { PageBreak, Paragraph } from 'docx';
import { languageName } from '../../../shared/domain/languages';
import { buildDocx } from '../docx/build-docx';
import {
  bullet,
  documentFooter,
  heading,
  labelledLine,
  paragraph,
  paragraphs,
  reportTable,
  title,
} from '../docx/docx-blocks';
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

/** The packet members receive before a plenary. Pure: data in, bytes out. */
export async function buildPlenaryPacketDocx(data: PlenaryPacketData, language: ReportLanguage): Promise<Buffer> {
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
  const body = [
    heading(t.agenda, 1),
    reportTable(
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
          paragraph(`${data.previousMinutes.meetingTitle} — ${format.date(data.previousMinutes.heldOn)}`, {
            bold: true,
          }),
          ...minutesSections(data.previousMinutes.sections, t, 2),
        ]
      : [paragraph(t.noPreviousMinutes, { italics: true })]),
    heading(t.recommendations, 1),
    ...(data.recommendations.length === 0
      ? [paragraph(t.noRecommendations, { italics: true })]
      : data.recommendations.flatMap((recommendation) => [
          heading(recommendation.title, 2),
          labelledLine(t.workingGroup, recommendation.workingGroupName ?? t.notGiven),
          labelledLine(t.recommendationKind, recommendationKindLabel(recommendation.kind, language)),
          paragraph(t.recommendationText, { bold: true }),
          ...paragraphs(recommendation.text),
          ...(recommendation.rationale
            ? [paragraph(t.rationale, { bold: true }), ...paragraphs(recommendation.rationale)]
            : []),
        ])),
    heading(t.groupUpdates, 1),
    ...(data.groupUpdates.length === 0
      ? [paragraph(t.noGroupUpdates, { italics: true })]
      : data.groupUpdates.flatMap((update) => [
          heading(`${update.meetingTitle} — ${format.date(update.heldOn)}`, 2),
          ...update.decisions.flatMap((decision) =>
            decision
              .split(/\r?\n/)
              .filter((line) => line.trim())
              .map((line) => bullet(line)),
          ),
        ])),
    heading(t.openActionItems, 1),
    ...actionItemBullets(
      data.openActionItems.map((item) => ({ ...item, description: `${item.description} (${item.meetingTitle})` })),
      t,
      format,
    ),
  ];
  return buildDocx({
    title: `${t.packetTitle} — ${data.meeting.title}`,
    language,
    contentsTitle: t.contents,
    footer: documentFooter(`${data.meeting.title}, ${format.date(data.meeting.heldOn)}`, statusLabel, t.page, t.of),
    cover: [
      title(`${t.packetTitle}: ${data.meeting.title}`),
      paragraph(data.networkName, { bold: true, size: 28 }),
      ...meetingFacts(data.meeting, t, format),
      labelledLine(t.interpretationOffered, languages.length > 0 ? languages.join(', ') : t.noInterpretation),
      labelledLine(t.status, statusLabel),
      new Paragraph({ children: [new PageBreak()] }),
    ],
    body,
  });
}
