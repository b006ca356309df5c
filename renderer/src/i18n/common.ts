import { stakeholderCategories } from '../../../shared/domain/stakeholder-categories';
import { stakeholderCategoryNames } from '../../../shared/domain/stakeholder-category-names';

/** The categories' names come from shared/, where imports read them too: one list for both. */
function categoryLabels(language: 'en' | 'fr'): Record<string, string> {
  return Object.fromEntries(stakeholderCategories.map((category) => [category, stakeholderCategoryNames[category][language]]));
}

/** Words every screen uses: navigation, buttons, stakeholder categories. */
export const common = {
  en: {
    appName: 'Network Secretariat',
    skipToContent: 'Skip to content',
    nav: {
      label: 'Main',
      dashboard: 'Dashboard',
      members: 'Members',
      organisations: 'Organisations',
      workingGroups: 'Working groups',
      meetings: 'Meetings',
      recommendations: 'Recommendations',
      funding: 'Funding',
      interpretation: 'Interpretation',
      reports: 'Reports',
      settings: 'Settings',
    },
    actions: { save: 'Save', cancel: 'Cancel', edit: 'Edit', back: 'Back', retry: 'Try again', loading: 'Loading…' },
    yes: 'Yes',
    no: 'No',
    none: '—',
    categories: categoryLabels('en'),
    placeholder: { body: 'This part of the ledger is being built. Members are ready to use now.' },
  },
  fr: {
    appName: 'Secrétariat du Réseau',
    skipToContent: 'Aller au contenu',
    nav: {
      label: 'Principal',
      dashboard: 'Tableau de bord',
      members: 'Membres',
      organisations: 'Organisations',
      workingGroups: 'Groupes de travail',
      meetings: 'Réunions',
      recommendations: 'Recommandations',
      funding: 'Financement',
      interpretation: 'Interprétation',
      reports: 'Rapports',
      settings: 'Paramètres',
    },
    actions: { save: 'Enregistrer', cancel: 'Annuler', edit: 'Modifier', back: 'Retour', retry: 'Réessayer', loading: 'Chargement…' },
    yes: 'Oui',
    no: 'Non',
    none: '—',
    categories: categoryLabels('fr'),
    placeholder: { body: 'Cette partie du registre est en construction. Les membres sont déjà utilisables.' },
  },
};
