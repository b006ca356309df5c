import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from './common';
import { membersText } from '../features/members/members-text';
import { settingsText } from '../features/settings/settings-text';
import { dashboardText } from '../features/dashboard/dashboard-text';
import { reportsText } from '../features/reports/reports-text';
import { safetyText } from '../features/settings/safety-text';
import { recoveryText } from '../features/recovery/recovery-text';
import { workingGroupsText } from '../features/working-groups/working-groups-text';
import { organisationsText } from '../features/organisations/organisations-text';
import { memberRegistryText } from '../features/member-registry/member-registry-text';
import { importsText } from '../features/imports/imports-text';
import { rosterExportText } from '../features/roster-export/roster-export-text';
import { meetingsText } from '../features/meetings/meetings-text';
import { minutesText } from '../features/meetings/minutes-text';
import { recommendationsText } from '../features/recommendations/recommendations-text';
import { problemsText } from '../errors/problems-text';
import { validationText } from '../errors/validation-text';
import { noticesText } from '../features/notices/notices-text';
import { registerFormatters } from './format';

export const uiLanguages = ['en', 'fr'] as const;
export type UiLanguage = (typeof uiLanguages)[number];
const storageKey = 'secretariat.uiLanguage';

/** Each feature owns its strings in a namespace; this only registers them. */
const namespaces = {
  common,
  members: membersText,
  settings: settingsText,
  dashboard: dashboardText,
  safety: safetyText,
  recovery: recoveryText,
  workingGroups: workingGroupsText,
  organisations: organisationsText,
  memberRegistry: memberRegistryText,
  imports: importsText,
  rosterExport: rosterExportText,
  reports: reportsText,
  meetings: meetingsText,
  minutes: minutesText,
  recommendations: recommendationsText,
  problems: problemsText,
  validation: validationText,
  notices: noticesText,
};

function savedLanguage(): UiLanguage {
  const saved = window.localStorage.getItem(storageKey);
  return saved === 'fr' ? 'fr' : 'en';
}

export function setupI18n(): typeof i18next {
  const resources = Object.fromEntries(
    uiLanguages.map((language) => [
      language,
      Object.fromEntries(Object.entries(namespaces).map(([name, text]) => [name, text[language]])),
    ]),
  );
  void i18next.use(initReactI18next).init({
    resources,
    lng: savedLanguage(),
    fallbackLng: 'en',
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  registerFormatters(i18next);
  document.documentElement.lang = i18next.language;
  return i18next;
}

export function changeUiLanguage(language: UiLanguage): void {
  window.localStorage.setItem(storageKey, language);
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export function currentUiLanguage(): UiLanguage {
  return i18next.language === 'fr' ? 'fr' : 'en';
}
