import { typesetFrench } from './french-typography';
import type { ReportLanguage } from './report-format';

/**
 * The appendix every shared document ends with: how many cells are hidden and why, which rows were
 * grouped, and that the documents already shared with the same audience were taken into account.
 */
export interface DisclosureNoteText {
  readonly heading: string;
  rule(threshold: number): string;
  hidden(small: number, protective: number, threshold: number): string;
  earlier(count: number): string;
  folded(threshold: number): string;
  readonly withheld: string;
  /** For a document with the funding section: which of its figures the rules apply to. */
  readonly funding: string;
  readonly reasonSmall: string;
  readonly reasonProtects: string;
}

const en: DisclosureNoteText = {
  heading: 'Appendix: protecting identities',
  rule: (threshold) =>
    `Counts of people from 1 to ${threshold - 1} are shown as "<${threshold}" (so is a zero where printing it would give another count away): a reader may learn that a count is below ${threshold}, never which. A count marked "x" is ${threshold} or more, hidden so that a small count cannot be worked out. Totals are true totals. Percentages derived from a hidden count are shown as "—".`,
  hidden: (small, protective, threshold) => {
    const total = small + protective;
    if (total === 0) return 'No count of people needed to be hidden in this document.';
    const parts = [
      ...(small > 0 ? [`${small} ${small === 1 ? 'count' : 'counts'} of 1 to ${threshold - 1} people shown as "<${threshold}"`] : []),
      ...(protective > 0
        ? [`${protective} ${protective === 1 ? 'count' : 'counts'} hidden so that no small count can be worked out from totals and related figures`]
        : []),
    ];
    return `${total} ${total === 1 ? 'cell is' : 'cells are'} hidden to protect identities: ${parts.join('; ')}.`;
  },
  earlier: (count) =>
    count === 0
      ? 'No other document shared with funders and government describes the same people; documents shared later are checked against this one.'
      : `The check took into account ${count} other ${count === 1 ? 'document' : 'documents'} already shared with funders and government (quarterly reports and shared minutes): no hidden count can be worked out from this document, alone or together with ${count === 1 ? 'it' : 'them'}.`,
  folded: (threshold) =>
    `Stakeholder categories with fewer than ${threshold} members in the quarter, and interpretation languages used by fewer than ${threshold} people, are grouped under "Other categories" and "Other languages".`,
  withheld: 'Every count of people in this document is hidden: no smaller set of hidden cells could protect the small counts.',
  funding:
    'In the funding section, counts of migrant-worker organisations and of partnerships follow the same rules as counts of people; the organisations of all streams are counted once each, so that row is not the sum of the streams. Amounts of money and numbers of agreements and reports are published as they are.',
  reasonSmall: 'small count',
  reasonProtects: 'protects a small count',
};

// Every value put into these words is a number, so the whole table is spaced the French way.
const fr: DisclosureNoteText = typesetFrench<DisclosureNoteText>({
  heading: 'Annexe : protection des identités',
  rule: (threshold) =>
    `Les nombres de personnes de 1 à ${threshold - 1} sont indiqués « <${threshold} » (un zéro aussi, lorsque l’imprimer révélerait un autre nombre) : un lecteur peut savoir qu’un nombre est inférieur à ${threshold}, jamais lequel. Un nombre marqué « x » vaut ${threshold} ou plus ; il est masqué pour qu’un petit nombre ne puisse pas être déduit. Les totaux sont exacts. Les pourcentages tirés d’un nombre masqué sont indiqués « — ».`,
  hidden: (small, protective, threshold) => {
    const total = small + protective;
    if (total === 0) return 'Aucun nombre de personnes n’a dû être masqué dans ce document.';
    const parts = [
      ...(small > 0
        ? [`${small} ${small === 1 ? 'nombre' : 'nombres'} de 1 à ${threshold - 1} personnes ${small === 1 ? 'indiqué' : 'indiqués'} « <${threshold} »`]
        : []),
      ...(protective > 0
        ? [`${protective} ${protective === 1 ? 'nombre masqué' : 'nombres masqués'} pour qu’aucun petit nombre ne puisse être déduit des totaux et des chiffres liés`]
        : []),
    ];
    return `${total} ${total === 1 ? 'cellule est masquée' : 'cellules sont masquées'} pour protéger les identités : ${parts.join(' ; ')}.`;
  },
  earlier: (count) =>
    count === 0
      ? 'Aucun autre document transmis aux bailleurs de fonds et au gouvernement ne décrit les mêmes personnes ; les documents transmis plus tard seront vérifiés en tenant compte de celui-ci.'
      : count === 1
        ? 'La vérification a tenu compte de l’autre document déjà transmis aux bailleurs de fonds et au gouvernement (rapport trimestriel ou procès-verbal diffusé) : aucun nombre masqué ne peut être déduit de ce document, seul ou combiné avec celui-ci.'
        : `La vérification a tenu compte des ${count} autres documents déjà transmis aux bailleurs de fonds et au gouvernement (rapports trimestriels et procès-verbaux diffusés) : aucun nombre masqué ne peut être déduit de ce document, seul ou combiné avec eux.`,
  folded: (threshold) =>
    `Les catégories de parties prenantes comptant moins de ${threshold} membres au cours du trimestre et les langues d’interprétation utilisées par moins de ${threshold} personnes sont regroupées sous « Autres catégories » et « Autres langues ».`,
  withheld: 'Tous les nombres de personnes de ce document sont masqués : aucun ensemble plus restreint de cellules masquées ne pouvait protéger les petits nombres.',
  funding:
    'Dans la section sur le financement, les nombres d’organisations de travailleurs migrants et de partenariats suivent les mêmes règles que les nombres de personnes ; les organisations de tous les volets sont comptées une seule fois chacune, de sorte que cette ligne n’est pas la somme des volets. Les montants et les nombres d’ententes et de rapports sont publiés tels quels.',
  reasonSmall: 'petit nombre',
  reasonProtects: 'protège un petit nombre',
}, { functions: 'numbers-only' });

export function disclosureNoteText(language: ReportLanguage): DisclosureNoteText {
  return language === 'fr' ? fr : en;
}
