import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';

export function ErrorBanner({ error, onRetry }: { error: AppError | undefined; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div className="banner banner--error" role="alert">
      <strong>{t('errors.title')}</strong>
      <p>{error.message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('actions.retry')}
        </button>
      )}
    </div>
  );
}
