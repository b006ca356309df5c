import type { ProvinceCode } from './provinces';

/** The provinces' and territories' names in the UI languages (the renderer's labels and the documents'). */
export const provinceNames: Record<ProvinceCode, { en: string; fr: string }> = {
  NL: { en: 'Newfoundland and Labrador', fr: 'Terre-Neuve-et-Labrador' },
  PE: { en: 'Prince Edward Island', fr: 'Île-du-Prince-Édouard' },
  NS: { en: 'Nova Scotia', fr: 'Nouvelle-Écosse' },
  NB: { en: 'New Brunswick', fr: 'Nouveau-Brunswick' },
  QC: { en: 'Quebec', fr: 'Québec' },
  ON: { en: 'Ontario', fr: 'Ontario' },
  MB: { en: 'Manitoba', fr: 'Manitoba' },
  SK: { en: 'Saskatchewan', fr: 'Saskatchewan' },
  AB: { en: 'Alberta', fr: 'Alberta' },
  BC: { en: 'British Columbia', fr: 'Colombie-Britannique' },
  YT: { en: 'Yukon', fr: 'Yukon' },
  NT: { en: 'Northwest Territories', fr: 'Territoires du Nord-Ouest' },
  NU: { en: 'Nunavut', fr: 'Nunavut' },
};
