export const dashboardText = {
  en: {
    title: 'Dashboard',
    members_one: '{{count}} member in the ledger',
    members_other: '{{count}} members in the ledger',
    emptyTitle: 'The ledger is empty',
    emptyBody: 'Add your first member, or load a fictional demo network to explore the app.',
    loadDemo: 'Load demo network',
    loadingDemo: 'Loading the demo network…',
    demoLoaded: '{{count}} demo members added.',
  },
  fr: {
    title: 'Tableau de bord',
    members_one: '{{count}} membre dans le registre',
    members_other: '{{count}} membres dans le registre',
    emptyTitle: 'Le registre est vide',
    emptyBody: 'Ajoutez un premier membre, ou chargez un réseau fictif de démonstration pour découvrir l’application.',
    loadDemo: 'Charger le réseau de démonstration',
    loadingDemo: 'Chargement du réseau de démonstration…',
    demoLoaded: '{{count}} membres de démonstration ajoutés.',
  },
};
