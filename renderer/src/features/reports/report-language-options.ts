import type { ReportLanguage } from '../../../../shared/domain/report';

/** Each language named in itself, whatever the app's language. */
export const languageOptions: readonly { value: ReportLanguage; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'Français' },
];
