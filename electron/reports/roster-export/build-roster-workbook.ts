import ExcelJS from 'exceljs';
import type { Member } from '../../../shared/domain/member';
import { languageName } from '../../../shared/domain/languages';
import { stakeholderCategoryNames } from '../../../shared/domain/stakeholder-category-names';
import { provinceNames } from '../../../shared/domain/province-names';
import type { ProvinceCode } from '../../../shared/domain/provinces';
import { neutraliseSpreadsheetText } from '../safe-text/neutralise-spreadsheet-text';

export type RosterLanguage = 'en' | 'fr';

export interface RosterScope {
  language: RosterLanguage;
  /** The members' province or territory, named on the sheet's tab; null for the whole Network. */
  province: ProvinceCode | null;
}

const headings = {
  en: {
    sheet: 'Roster',
    columns: [
      'Name',
      'Alias',
      'Type',
      'Category',
      'Organisation',
      'Province or territory',
      'Languages',
      'Preferred language',
      'Email',
      'Phone',
      'May be contacted',
      'May be named',
      'Joined',
      'Left',
      'Notes',
    ],
    kinds: { individual: 'Individual', organisation: 'Organisation' },
    yes: 'Yes',
    no: 'No',
    warning: 'Internal use only: this roster holds personal data. Do not share it outside the Network.',
  },
  fr: {
    sheet: 'Registre',
    columns: [
      'Nom',
      'Pseudonyme',
      'Type',
      'Catégorie',
      'Organisation',
      'Province ou territoire',
      'Langues',
      'Langue préférée',
      'Courriel',
      'Téléphone',
      'Peut être contacté',
      'Peut être nommé',
      'Adhésion',
      'Départ',
      'Notes',
    ],
    kinds: { individual: 'Personne', organisation: 'Organisation' },
    yes: 'Oui',
    no: 'Non',
    warning:
      'Usage interne seulement : ce registre contient des renseignements personnels. Ne le diffusez pas hors du Réseau.',
  },
} as const;

const safe = (text: string | null) => (text === null ? null : neutraliseSpreadsheetText(text));

function dateCell(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

/** The roster as .xlsx bytes: data in, bytes out. Every text cell passes neutraliseSpreadsheetText. */
export async function buildRosterWorkbook(members: readonly Member[], { language, province }: RosterScope, generatedAt: Date): Promise<Buffer> {
  const text = headings[language];
  const workbook = new ExcelJS.Workbook();
  workbook.created = generatedAt;
  workbook.title = text.warning;
  if (province) workbook.subject = provinceNames[province][language];
  const sheetName = province ? `${text.sheet} ${province}` : text.sheet;
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([text.warning]).font = { bold: true, color: { argb: 'FFA4262C' } };
  const header = sheet.addRow([...text.columns]);
  header.font = { bold: true };
  for (const member of members) {
    sheet.addRow([
      safe(member.displayName),
      safe(member.alias),
      text.kinds[member.kind],
      stakeholderCategoryNames[member.category][language],
      safe(member.organisationName),
      provinceNames[member.province][language],
      member.languages.map((code) => languageName(code, language)).join(', '),
      member.preferredLanguage ? languageName(member.preferredLanguage, language) : null,
      safe(member.email),
      safe(member.phone),
      member.mayContact ? text.yes : text.no,
      member.mayBeNamed ? text.yes : text.no,
      dateCell(member.joinedOn),
      dateCell(member.leftOn),
      safe(member.notes),
    ]);
  }
  const widths = [28, 18, 13, 30, 28, 24, 24, 18, 30, 18, 12, 12, 12, 12, 40];
  widths.forEach((width, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = width;
  });
  const [joinedColumn, leftColumn] = [13, 14];
  sheet.getColumn(joinedColumn).numFmt = 'yyyy-mm-dd';
  sheet.getColumn(leftColumn).numFmt = 'yyyy-mm-dd';
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: text.columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
