import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from './common';
import { membersText } from '../features/members/members-text';
import { settingsText } from '../features/settings/settings-text';
import { dashboardText } from '../features/dashboard/dashboard-text';
import { reportsText } from '../features/reports/reports-text';
import { safetyText } from '../features/settings/safety-text';
import { backupEncryptionText } from '../features/settings/backup-encryption-text';
import { recoveryText } from '../features/recovery/recovery-text';
import { workingGroupsText } from '../features/working-groups/working-groups-text';
import { organisationsText } from '../features/organisations/organisations-text';
import { memberRegistryText } from '../features/member-registry/member-registry-text';
import { importsText } from '../features/imports/imports-text';
import { rosterExportText } from '../features/roster-export/roster-export-text';
import { meetingsText } from '../features/meetings/meetings-text';
import { minutesText } from '../features/meetings/minutes-text';
import { recommendationsText } from '../features/recommendations/recommendations-text';
import { motionsText } from '../features/recommendations/motions-text';
import { fundingText } from '../features/funding/funding-text';
import { problemsText } from '../errors/problems-text';
import { validationText } from '../errors/validation-text';
import { noticesText } from '../features/notices/notices-text';
import { registerFormatters } from './format';

import { uiLanguages, type UiLanguage } from './ui-language';

export { uiLanguages, type UiLanguage };

/** Each feature owns its strings in a namespace; this only registers them. */
const namespaces = {
  common,
  members: membersText,
  settings: settingsText,
  dashboard: dashboardText,
  safety: safetyText,
  backupEncryption: backupEncryptionText,
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
  motions: motionsText,
  funding: fundingText,
  problems: problemsText,
  validation: validationText,
  notices: noticesText,
};

/** Starts i18next in the language the coordinator chose last time (see ui-language.ts). */
export function setupI18n(language: UiLanguage): typeof i18next {
  const resources = Object.fromEntries(
    uiLanguages.map((language) => [
      language,
      Object.fromEntries(Object.entries(namespaces).map(([name, text]) => [name, text[language]])),
    ]),
  );
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  registerFormatters(i18next);
  document.documentElement.lang = i18next.language;
  return i18next;
}

/** Shows the app in another language at once; Settings also saves the choice (preferences.set). */
export function applyUiLanguage(language: UiLanguage): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export function currentUiLanguage(): UiLanguage {
  return i18next.language === 'fr' ? 'fr' : 'en';
}
