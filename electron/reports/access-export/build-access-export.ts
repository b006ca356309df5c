import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { languageName } from '../../../shared/domain/languages';
import type { AccessExportData } from './access-export-data';
import { accessExportText as text } from './access-export-text';
import { stakeholderCategoryNames } from '../../../shared/domain/stakeholder-category-names';

const yesNo = (value: boolean) => (value ? text.yes : text.no);
const orNotSet = (value: string | null | undefined) => (value && value.trim() !== '' ? value : text.notSet);

function cell(content: string, bold = false): TableCell {
  // Multi-line notes keep their line breaks as separate runs.
  const lines = content.split(/\r?\n/);
  return new TableCell({
    children: [
      new Paragraph({
        children: lines.map((line, index) => new TextRun({ text: line, bold, break: index > 0 ? 1 : 0 })),
      }),
    ],
  });
}

function table(header: readonly string[] | null, rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      ...(header ? [new TableRow({ tableHeader: true, children: header.map((title) => cell(title, true)) })] : []),
      ...rows.map((row) => new TableRow({ children: row.map((value, index) => cell(value, header === null && index === 0)) })),
    ],
  });
}

function heading(title: string): Paragraph {
  return new Paragraph({ text: title, heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 } });
}

function orNone(rows: string[][], build: () => Table): Table | Paragraph {
  return rows.length === 0 ? new Paragraph({ text: text.none }) : build();
}

function detailRows(data: AccessExportData): string[][] {
  const { member } = data;
  const f = text.fields;
  const rows: [string, string][] = [
    [f.kind, text.kinds[member.kind]],
    [f.displayName, member.displayName],
    [f.alias, orNotSet(member.alias)],
    [f.category, stakeholderCategoryNames[member.category].en],
    [f.organisationName, orNotSet(member.organisationName)],
    [f.languages, member.languages.map((code) => languageName(code, 'en')).join(', ') || text.notSet],
    [f.preferredLanguage, member.preferredLanguage ? languageName(member.preferredLanguage, 'en') : text.notSet],
    [f.email, orNotSet(member.email)],
    [f.phone, orNotSet(member.phone)],
    [f.mayContact, yesNo(member.mayContact)],
    [f.mayBeNamed, yesNo(member.mayBeNamed)],
    [f.joinedOn, member.joinedOn],
    [f.leftOn, orNotSet(member.leftOn)],
    ...(member.withdrawnAt ? ([[f.withdrawnAt, member.withdrawnAt.slice(0, 10)]] as [string, string][]) : []),
    [f.notes, orNotSet(member.notes)],
    [f.createdAt, member.createdAt.slice(0, 10)],
    [f.updatedAt, member.updatedAt.slice(0, 10)],
  ];
  return rows;
}

/**
 * Builds the access-request document for one member: data in, .docx bytes out.
 * Nothing here reads the ledger, so it is tested by reading the document back.
 */
export async function buildAccessExport(data: AccessExportData): Promise<Uint8Array> {
  const consentRows = data.consentHistory.map((entry) => [
    entry.givenOn,
    yesNo(entry.mayContact),
    yesNo(entry.mayBeNamed),
    yesNo(entry.testimonyMayBeRecorded),
    yesNo(entry.mayAppearInPhotos),
    text.methods[entry.method],
    orNotSet(entry.note),
  ]);
  const groupRows = data.workingGroups.map((group) => [
    group.groupName,
    text.roles[group.role],
    group.startOn,
    group.endOn ?? text.stillOngoing,
  ]);
  const meetingRows = data.meetingsAttended.map((meeting) => [
    meeting.date,
    meeting.title,
    text.meetingKinds[meeting.kind],
    text.presences[meeting.presence],
  ]);
  const ballotRows = data.ballots.map((ballot) => [ballot.date, ballot.meetingTitle, ballot.recommendationTitle, text.choices[ballot.choice]]);
  const motionRows = data.motions.map((motion) => [motion.date, motion.meetingTitle, motion.motion, text.motionRoles[motion.role]]);
  const testimonyRows = data.testimonies.map((testimony) => [testimony.date, testimony.meetingTitle, testimony.summary]);
  const actionRows = data.actionItems.map((item) => [item.meetingTitle, item.description, orNotSet(item.dueOn), text.actionStatuses[item.status]]);

  const document = new Document({
    creator: 'Network Secretariat',
    title: text.title,
    sections: [
      {
        children: [
          new Paragraph({ text: text.title, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: text.intro, spacing: { after: 120 } }),
          new Paragraph({
            alignment: AlignmentType.LEFT,
            children: [new TextRun({ text: `${text.producedOn}: `, bold: true }), new TextRun(data.producedOn)],
          }),
          new Paragraph({
            children: [new TextRun({ text: `${text.memberNumber}: `, bold: true }), new TextRun(String(data.member.id))],
          }),
          heading(text.sections.details),
          table(null, detailRows(data)),
          heading(text.sections.consent),
          orNone(consentRows, () => table(text.consentColumns, consentRows)),
          heading(text.sections.groups),
          orNone(groupRows, () => table(text.groupColumns, groupRows)),
          heading(text.sections.meetings),
          orNone(meetingRows, () => table(text.meetingColumns, meetingRows)),
          heading(text.sections.ballots),
          orNone(ballotRows, () => table(text.ballotColumns, ballotRows)),
          heading(text.sections.motions),
          orNone(motionRows, () => table(text.motionColumns, motionRows)),
          heading(text.sections.testimonies),
          orNone(testimonyRows, () => table(text.testimonyColumns, testimonyRows)),
          heading(text.sections.actionItems),
          orNone(actionRows, () => table(text.actionItemColumns, actionRows)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
