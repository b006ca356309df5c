import { useTranslation } from 'react-i18next';
import type { LanguageWarning } from '../../../../shared/domain/interpretation';
import { languageLabel } from '../members/language-labels';

/** "4 expected attendees need Spanish; no confirmed Spanish interpreter." */
export function LanguageWarnings({ warnings }: { warnings: readonly LanguageWarning[] }) {
  const { t } = useTranslation('meetings');
  if (warnings.length === 0) return null;
  return (
    <ul
      className="meetings-warning meetings-warning--list"
      aria-label={t('bookings.warningsLabel')}
      data-testid="language-warnings"
    >
      {warnings.map((warning) => {
        const language = languageLabel(warning.languageCode);
        return (
          <li key={warning.languageCode}>
            {t('bookings.missing', { count: warning.attendees, language })}
            {warning.requestedOnly && ` ${t('bookings.requestedOnly')}`}
          </li>
        );
      })}
    </ul>
  );
}
