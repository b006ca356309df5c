export type ReportLanguage = 'en' | 'fr';

/** Number, money and date formatting for a report's language, with Canadian conventions. */
export interface ReportFormat {
  readonly language: ReportLanguage;
  integer(value: number): string;
  decimal(value: number, digits?: number): string;
  money(cents: number): string;
  percent(share: number): string;
  date(isoDate: string): string;
}

export function reportFormat(language: ReportLanguage): ReportFormat {
  const locale = language === 'fr' ? 'fr-CA' : 'en-CA';
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CAD', currencyDisplay: 'narrowSymbol' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    language,
    integer: (value) => integer.format(value),
    decimal: (value, digits = 1) =>
      new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
    money: (cents) => money.format(cents / 100),
    percent: (share) => percent.format(share),
    date: (isoDate) => date.format(new Date(`${isoDate}T00:00:00Z`)),
  };
}
