import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';
import { describeError } from '../errors/describe-error';

/**
 * The one way a failed call is shown. A foreseeable outcome reads as a plain sentence saying what to
 * do next; only the unexpected apologises and offers its technical detail to copy. "Try again" is
 * offered for reads only (onRetry), where trying again can help.
 */
export function ErrorBanner({ error, onRetry }: { error: AppError | null | undefined; onRetry?: (() => void) | undefined }) {
  const { t, i18n } = useTranslation();
  const [copied, setCopied] = useState(false);
  if (!error) return null;
  const { text, unexpected, detail } = describeError(i18n, error);
  const retryable = onRetry && (unexpected || error.code === 'ledger_unavailable');
  return (
    <div className="banner banner--error" role="alert">
      <p>{text}</p>
      {detail && (
        <details className="banner__details">
          <summary>{t('problems:detailsLabel')}</summary>
          <pre>{detail}</pre>
          <button
            type="button"
            onClick={() => void navigator.clipboard?.writeText(detail).then(() => setCopied(true), () => undefined)}
          >
            {t('problems:copyDetails')}
          </button>
          <span role="status">{copied ? t('problems:copied') : ''}</span>
        </details>
      )}
      {retryable && (
        <button type="button" onClick={onRetry}>
          {t('actions.retry')}
        </button>
      )}
    </div>
  );
}

/** A refusal shown right beside the control that caused it (a row's select, a small inline form). */
export function InlineProblem({ error }: { error: AppError | null | undefined }) {
  const { i18n } = useTranslation();
  if (!error) return null;
  return (
    <p className="field__error" role="alert">
      {describeError(i18n, error).text}
    </p>
  );
}
