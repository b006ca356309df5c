import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import type { ReportLanguage } from './report-format';

/** Plural labels, as a report's table rows read ("Current migrant workers: 42"). */
const labels: Record<StakeholderCategory, Record<ReportLanguage, string>> = {
  current_migrant_worker: { en: 'Current migrant workers', fr: 'Travailleurs migrants actuels' },
  former_migrant_worker: { en: 'Former migrant workers', fr: 'Anciens travailleurs migrants' },
  worker_advocacy: {
    en: 'Worker advocacy and grassroots groups',
    fr: 'Groupes de défense et de base des travailleurs',
  },
  settlement_agency: { en: 'Settlement agencies', fr: "Organismes d'établissement" },
  union: { en: 'Unions and labour organisations', fr: 'Syndicats et organisations syndicales' },
  employer: { en: 'Employers', fr: 'Employeurs' },
  industry_association: { en: 'Industry associations', fr: "Associations de l'industrie" },
  foreign_government: { en: 'Foreign governments', fr: 'Gouvernements étrangers' },
  government_bc: { en: 'Government of BC', fr: 'Gouvernement de la C.-B.' },
  government_canada: { en: 'Government of Canada', fr: 'Gouvernement du Canada' },
  academic_legal: { en: 'Academic and legal', fr: 'Milieu universitaire et juridique' },
  other_civil_society: { en: 'Other civil society', fr: 'Autres organisations de la société civile' },
};

/** The row rare categories are folded into (privacy/rare-rows.ts). */
export function otherCategoriesLabel(language: ReportLanguage): string {
  return language === 'fr' ? 'Autres catégories (regroupées)' : 'Other categories (grouped)';
}

export function otherLanguagesLabel(language: ReportLanguage): string {
  return language === 'fr' ? 'Autres langues (regroupées)' : 'Other languages (grouped)';
}

export function categoryLabel(category: StakeholderCategory, language: ReportLanguage): string {
  return labels[category][language];
}

const meetingKinds: Record<string, Record<ReportLanguage, string>> = {
  plenary: { en: 'Network Plenary', fr: 'Plénière du Réseau' },
  working_group: { en: 'Working group', fr: 'Groupe de travail' },
  workers_forum: { en: "Migrant Workers' Forum", fr: 'Forum des travailleurs migrants' },
  migrant_workers_forum: { en: "Migrant Workers' Forum", fr: 'Forum des travailleurs migrants' },
  government_network: { en: 'Government Network', fr: 'Réseau gouvernemental' },
  other: { en: 'Other', fr: 'Autre' },
};

const recommendationKinds: Record<string, Record<ReportLanguage, string>> = {
  policy: { en: 'Policy', fr: 'Politique' },
  funding: { en: 'Funding', fr: 'Financement' },
  community_action: { en: 'Community action', fr: 'Action communautaire' },
  program: { en: 'Program', fr: 'Programme' },
  other: { en: 'Other', fr: 'Autre' },
};

/** Kinds come from other areas of the ledger; an unknown one is shown readably rather than dropped. */
function humanise(code: string): string {
  const words = code.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function meetingKindLabel(kind: string, language: ReportLanguage): string {
  return meetingKinds[kind]?.[language] ?? humanise(kind);
}

export function recommendationKindLabel(kind: string, language: ReportLanguage): string {
  return recommendationKinds[kind]?.[language] ?? humanise(kind);
}
