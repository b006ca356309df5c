import { fr } from '../text/french-typography';
import type { ReportLanguage } from '../text/report-format';

/** What web mode's print view says above the document (screen only: it never prints). */
const text = {
  en: {
    message: 'To keep this document as a PDF, choose Print, then "Save as PDF" as the printer.',
    button: 'Print or save as PDF',
  },
  fr: {
    message: fr`Pour conserver ce document en PDF, choisissez Imprimer, puis « Enregistrer au format PDF » comme imprimante.`,
    button: 'Imprimer ou enregistrer en PDF',
  },
} as const;

export function printBarText(language: ReportLanguage): { message: string; button: string } {
  return text[language];
}
