import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';
import { ErrorBanner } from '../ui/error-banner';

interface Loading {
  error: AppError | null;
  isPending: boolean;
  refetch: () => unknown;
}

/**
 * The page around a "new" or "edit" form. An edit form appears only once the record is loaded, so
 * nothing can be typed into a form that the answer would then replace.
 */
export function FormPage({ title, loading, children }: { title: string; loading?: Loading; children: ReactNode }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId}>
      <h1 id={titleId}>{loading?.isPending ? t('actions.loading') : title}</h1>
      {loading && <ErrorBanner error={loading.error} onRetry={() => void loading.refetch()} />}
      {!loading?.isPending && !loading?.error && children}
    </section>
  );
}
