import { noBreakSpace } from './french-typography';

export type ReportLanguage = 'en' | 'fr';

/** Number, money and date formatting for a report's language, with Canadian conventions (Intl en-CA, fr-CA). */
export interface ReportFormat {
  readonly language: ReportLanguage;
  integer(value: number): string;
  decimal(value: number, digits?: number): string;
  money(cents: number): string;
  /** Whole dollars, for a chart's axis: "$1,000", "1 000 $". */
  wholeMoney(cents: number): string;
  percent(share: number): string;
  /** "October 1, 2026"; "1er octobre 2026". */
  date(isoDate: string): string;
  /** A label before its value: "Reporting period:", "Période visée :" (no-break space in French). */
  colon(label: string): string;
}

/** French writes the first day of a month as an ordinal, which Intl's fr-CA output does not: "1er octobre 2026". */
function frenchDate(format: Intl.DateTimeFormat, date: Date): string {
  return format
    .formatToParts(date)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

export function reportFormat(language: ReportLanguage): ReportFormat {
  const locale = language === 'fr' ? 'fr-CA' : 'en-CA';
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimals = new Map<number, Intl.NumberFormat>();
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CAD', currencyDisplay: 'narrowSymbol' });
  const wholeMoney = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CAD',
    currencyDisplay: 'narrowSymbol',
    maximumFractionDigits: 0,
  });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const decimal = (digits: number) => {
    let format = decimals.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
      decimals.set(digits, format);
    }
    return format;
  };
  return {
    language,
    integer: (value) => integer.format(value),
    decimal: (value, digits = 1) => decimal(digits).format(value),
    money: (cents) => money.format(cents / 100),
    wholeMoney: (cents) => wholeMoney.format(Math.round(cents / 100)),
    percent: (share) => percent.format(share),
    date: (isoDate) => {
      const day = new Date(`${isoDate}T00:00:00Z`);
      return language === 'fr' ? frenchDate(date, day) : date.format(day);
    },
    colon: (label) => (language === 'fr' ? `${label}${noBreakSpace}:` : `${label}:`),
  };
}
