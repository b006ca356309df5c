import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';
import { ErrorBanner } from './error-banner';

interface ListPageProps {
  title: string;
  /** Buttons and links beside the title: add, import, export. */
  actions?: ReactNode;
  filters?: ReactNode;
  /** "12 members": announced politely as filters change. */
  count?: string | undefined;
  error: AppError | null | undefined;
  onRetry?: () => void;
  loading: boolean;
  /** Shown instead of the table when nothing matches. */
  empty?: string | false;
  children: ReactNode;
}

/** The one frame of every list page: title and actions, filters, count, problems, then the table. */
export function ListPage({ title, actions, filters, count, error, onRetry, loading, empty, children }: ListPageProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="list-page">
      <header className="page-header">
        <h1 id={titleId}>{title}</h1>
        {actions && <div className="page-header__actions">{actions}</div>}
      </header>
      {filters && <div className="filters">{filters}</div>}
      <ErrorBanner error={error} onRetry={onRetry} />
      {count !== undefined && (
        <p role="status" aria-live="polite" className="result-count">
          {count}
        </p>
      )}
      {loading ? <p role="status">{t('actions.loading')}</p> : empty ? <p>{empty}</p> : children}
    </section>
  );
}
