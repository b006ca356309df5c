import { languageName } from '../../../shared/domain/languages';
import { date, number, text, type ReportTable } from '../document/report-table';
import { categoryLabel } from '../text/category-labels';
import { reportFormat, type ReportLanguage } from '../text/report-format';
import { WorkbookBuilder } from '../xlsx/xlsx-blocks';
import type { AttendanceRegisterData } from './attendance-register-data';
import { meetingDocumentsText } from './meeting-documents-text';

/** The attendance register as a workbook: the personal-data warning first, then one row per member. */
export async function buildAttendanceRegisterXlsx(
  data: AttendanceRegisterData,
  language: ReportLanguage,
): Promise<Buffer> {
  const t = meetingDocumentsText(language);
  // Nothing in an internal register is suppressed; the threshold is irrelevant here.
  const format = reportFormat(language);
  const builder = new WorkbookBuilder({
    format,
    threshold: 10,
    footer: { what: `${t.registerTitle} — ${data.meeting.title}, ${format.date(data.meeting.heldOn)}`, status: t.personalDataShort, page: t.page, of: t.of },
  });
  const present = data.entries.filter((entry) => entry.presence === 'in_person' || entry.presence === 'remote').length;
  builder.addSummary(
    t.registerTitle,
    [t.registerTitle, data.meeting.title],
    [
      { label: t.personalDataWarning, cell: text('') },
      { label: t.meeting, cell: text(data.meeting.title) },
      { label: t.date, cell: date(data.meeting.heldOn) },
      { label: t.membersPresent, cell: number(present) },
      { label: t.guests, cell: number(data.guests.reduce((sum, guest) => sum + guest.count, 0)) },
    ],
  );
  const register: ReportTable = {
    sheetName: t.attendance,
    title: t.attendance,
    columns: [
      { header: t.name },
      { header: 'Alias' },
      { header: t.category },
      { header: t.organisation },
      { header: t.expected },
      { header: t.presence },
      { header: t.interpretation },
    ],
    rows: data.entries.map((entry) => [
      text(entry.name),
      text(entry.alias ?? ''),
      text(categoryLabel(entry.category, language)),
      text(entry.organisation ?? ''),
      text(entry.expected ? t.yes : t.no),
      text(t.presences[entry.presence] ?? entry.presence),
      text(entry.interpretationLanguage ? languageName(entry.interpretationLanguage, language) : ''),
    ]),
    note: t.personalDataWarning,
  };
  builder.addTable(register);
  if (data.guests.length > 0) {
    builder.addTable({
      sheetName: t.guests,
      title: t.guests,
      columns: [{ header: t.category }, { header: t.guests }],
      rows: data.guests.map((guest) => [text(categoryLabel(guest.category, language)), number(guest.count)]),
      totals: [text(t.total), number(data.guests.reduce((sum, guest) => sum + guest.count, 0))],
    });
  }
  return builder.toBuffer();
}
