import { languageCodes, languageName, type LanguageCode } from '../../../../shared/domain/languages';
import { currentUiLanguage } from '../../i18n';
import { sortByName } from '../../i18n/collator';

export function languageLabel(code: LanguageCode): string {
  return languageName(code, currentUiLanguage());
}

export function languageList(codes: readonly LanguageCode[]): string {
  return codes.map(languageLabel).join(', ');
}

export function languageOptions(): { value: LanguageCode; label: string }[] {
  return sortByName(
    languageCodes.map((code) => ({ value: code, label: languageLabel(code) })),
    (option) => option.label,
  );
}
