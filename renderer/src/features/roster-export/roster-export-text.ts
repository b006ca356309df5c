export const rosterExportText = {
  en: {
    button: 'Export roster (.xlsx)',
    dialogTitle: 'Export the roster?',
    warning:
      'The workbook holds personal data about every member it lists: names, contact details, languages and notes. Some members are migrant workers who could face reprisal if it leaked.',
    advice:
      'Keep it for internal Network use, store it somewhere only you can open, and delete it when you are done. Do not email it or share it with funders or governments.',
    province: 'Members from',
    confirm: 'I understand, export',
    exporting: 'Exporting…',
    done_one: '{{count, number}} member exported to {{fileName}}.',
    done_other: '{{count, number}} members exported to {{fileName}}.',
  },
  fr: {
    button: 'Exporter le registre (.xlsx)',
    dialogTitle: 'Exporter le registre?',
    warning:
      'Le classeur contient des renseignements personnels sur chaque membre qu’il énumère : noms, coordonnées, langues et notes. Certains membres sont des travailleurs migrants qui risquent des représailles en cas de fuite.',
    advice:
      'Réservez-le à l’usage interne du Réseau, rangez-le là où vous seul pouvez l’ouvrir et supprimez-le ensuite. Ne l’envoyez pas par courriel et ne le communiquez ni aux bailleurs de fonds ni aux gouvernements.',
    province: 'Membres de',
    confirm: 'Je comprends, exporter',
    exporting: 'Exportation…',
    done_one: '{{count, number}} membre exporté dans {{fileName}}.',
    done_other: '{{count, number}} membres exportés dans {{fileName}}.',
  },
};
