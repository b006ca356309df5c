import { languageCodes, languageName, type LanguageCode } from '../../../../shared/domain/languages';
import { currentUiLanguage } from '../../i18n';

export function languageLabel(code: LanguageCode): string {
  return languageName(code, currentUiLanguage());
}

export function languageList(codes: readonly LanguageCode[]): string {
  return codes.map(languageLabel).join(', ');
}

export function languageOptions(): { value: LanguageCode; label: string }[] {
  return languageCodes
    .map((code) => ({ value: code, label: languageLabel(code) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
