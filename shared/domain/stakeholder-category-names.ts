import { stakeholderCategories, type StakeholderCategory } from './stakeholder-categories';

/**
 * The categories' names in the UI languages, for reading spreadsheets people typed by hand.
 * Kept in step with the renderer's i18n/common.ts labels (shared cannot import the renderer).
 */
export const stakeholderCategoryNames: Record<StakeholderCategory, { en: string; fr: string; also?: string[] }> = {
  current_migrant_worker: {
    en: 'Current migrant worker',
    fr: 'Travailleur migrant actuel',
    also: ['migrant worker', 'travailleur migrant', 'travailleuse migrante'],
  },
  former_migrant_worker: {
    en: 'Former migrant worker',
    fr: 'Ancien travailleur migrant',
    also: ['ancienne travailleuse migrante'],
  },
  worker_advocacy: {
    en: 'Worker advocacy or grassroots group',
    fr: 'Groupe de défense ou de base des travailleurs',
    also: ['worker advocacy', 'grassroots'],
  },
  settlement_agency: { en: 'Settlement agency', fr: "Organisme d'établissement" },
  union: {
    en: 'Union or labour organisation',
    fr: 'Syndicat ou organisation syndicale',
    also: ['union', 'labour', 'syndicat'],
  },
  employer: { en: 'Employer', fr: 'Employeur' },
  industry_association: { en: 'Industry association', fr: "Association de l'industrie" },
  foreign_government: { en: 'Foreign government', fr: 'Gouvernement étranger', also: ['consulate', 'consulat'] },
  government_bc: { en: 'Government of BC', fr: 'Gouvernement de la C.-B.', also: ['bc government', 'province of bc'] },
  government_canada: {
    en: 'Government of Canada',
    fr: 'Gouvernement du Canada',
    also: ['federal government', 'gouvernement fédéral'],
  },
  academic_legal: {
    en: 'Academic or legal',
    fr: 'Milieu universitaire ou juridique',
    also: ['academic', 'legal', 'universitaire', 'juridique'],
  },
  other_civil_society: {
    en: 'Other civil society',
    fr: 'Autre organisation de la société civile',
    also: ['civil society', 'société civile'],
  },
};

/** Lower case, no accents, punctuation as single spaces: "Gouvernement de la C.-B." -> "gouvernement de la c b". */
function normaliseLabel(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const categoryByLabel = new Map<string, StakeholderCategory>();
for (const category of stakeholderCategories) {
  const names = stakeholderCategoryNames[category];
  for (const label of [category, names.en, names.fr, ...(names.also ?? [])]) {
    categoryByLabel.set(normaliseLabel(label), category);
  }
}

/** Accepts a code ("settlement_agency") or an English/French name, ignoring case and accents. */
export function findStakeholderCategory(text: string): StakeholderCategory | undefined {
  return categoryByLabel.get(normaliseLabel(text));
}
