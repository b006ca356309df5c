import type { ReportLanguage } from '../text/report-format';

export interface XlsxFormats {
  readonly money: string;
  readonly hours: string;
  readonly integer: string;
  readonly percent: string;
  readonly date: string;
}

/**
 * Number formats tagged with their locale, Canadian English (LCID 1009) and French (LCID C0C):
 * "$1,613.31" and "1 613,31 $", "October 1, 2026" and "1 octobre 2026". LibreOffice takes the digit
 * grouping and decimal mark from the tag; Excel takes them from the reader's own settings, and the
 * currency's place and the month names from the tag.
 */
export function xlsxFormats(language: ReportLanguage): XlsxFormats {
  return language === 'fr'
    ? {
        money: '[$-C0C]#,##0.00\\ [$$-C0C]',
        hours: '[$-C0C]#,##0.0',
        integer: '[$-C0C]#,##0',
        percent: '[$-C0C]0\\ %',
        date: '[$-C0C]d\\ mmmm\\ yyyy',
      }
    : {
        money: '[$$-1009]#,##0.00',
        hours: '[$-1009]#,##0.0',
        integer: '[$-1009]#,##0',
        percent: '[$-1009]0%',
        date: '[$-1009]mmmm\\ d,\\ yyyy',
      };
}
