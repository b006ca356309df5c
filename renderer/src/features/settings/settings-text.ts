export const settingsText = {
  en: {
    title: 'Settings',
    language: 'Language of the app',
    ledger: 'Ledger',
    dataDir: 'Data folder',
    ledgerFile: 'Ledger file',
    schema: 'Ledger version',
    notices: 'Meeting notices',
    noticeTexts: 'Notice texts in each language',
  },
  fr: {
    title: 'Paramètres',
    language: "Langue de l'application",
    ledger: 'Registre',
    dataDir: 'Dossier des données',
    ledgerFile: 'Fichier du registre',
    schema: 'Version du registre',
    notices: 'Avis de réunion',
    noticeTexts: 'Textes des avis dans chaque langue',
  },
};
