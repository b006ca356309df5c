import type { StakeholderCategory } from './stakeholder-categories';

/**
 * The categories' names in the UI languages: the renderer's labels (i18n/common.ts), the documents'
 * and the first words the import recognises (electron/imports/values/category-vocabulary.ts adds
 * the synonyms and abbreviations coordinators write).
 */
export const stakeholderCategoryNames: Record<StakeholderCategory, { en: string; fr: string }> = {
  current_migrant_worker: {
    en: 'Current migrant worker',
    fr: 'Travailleur migrant actuel',
  },
  former_migrant_worker: {
    en: 'Former migrant worker',
    fr: 'Ancien travailleur migrant',
  },
  worker_advocacy: {
    en: 'Worker advocacy or grassroots group',
    fr: 'Groupe de défense ou de base des travailleurs',
  },
  settlement_agency: { en: 'Settlement agency', fr: "Organisme d'établissement" },
  union: {
    en: 'Union or labour organisation',
    fr: 'Syndicat ou organisation syndicale',
  },
  employer: { en: 'Employer', fr: 'Employeur' },
  industry_association: { en: 'Industry association', fr: "Association de l'industrie" },
  foreign_government: { en: 'Foreign government', fr: 'Gouvernement étranger' },
  government_bc: { en: 'Government of BC', fr: 'Gouvernement de la C.-B.' },
  government_canada: {
    en: 'Government of Canada',
    fr: 'Gouvernement du Canada',
  },
  academic_legal: {
    en: 'Academic or legal',
    fr: 'Milieu universitaire ou juridique',
  },
  other_civil_society: {
    en: 'Other civil society',
    fr: 'Autre organisation de la société civile',
  },
};
