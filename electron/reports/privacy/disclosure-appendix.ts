import { disclosureNoteText } from '../text/disclosure-note-text';
import { reportFormat, type ReportLanguage } from '../text/report-format';
import type { DocumentDisclosure } from './document-disclosure';
import type { SuppressionLog } from './suppression-log';

export interface DisclosureAppendix {
  readonly heading: string;
  /** The plain-words account: what is hidden, why, and against which other documents. */
  readonly statements: readonly string[];
  /** One line per hidden cell: table — row — column: reason. */
  readonly entries: readonly string[];
}

export function disclosureAppendix(
  log: SuppressionLog,
  disclosure: DocumentDisclosure,
  options: { threshold: number; language: ReportLanguage; folded: boolean; funding?: boolean },
): DisclosureAppendix {
  const t = disclosureNoteText(options.language);
  const { colon } = reportFormat(options.language);
  const small = log.entries.filter((entry) => entry.reason === 'small_count').length;
  return {
    heading: t.heading,
    statements: [
      t.hidden(small, log.count - small, options.threshold),
      t.rule(options.threshold),
      t.earlier(disclosure.earlierReleases),
      ...(options.folded ? [t.folded(options.threshold)] : []),
      ...(options.funding ? [t.funding] : []),
      ...(disclosure.withheld ? [t.withheld] : []),
    ],
    entries: log.entries.map(
      (entry) =>
        `${entry.table} — ${entry.row} — ${colon(entry.column)} ${entry.reason === 'small_count' ? t.reasonSmall : t.reasonProtects}`,
    ),
  };
}
