import { useId, type ReactNode } from 'react';
import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
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

/**
 * A "new or edit" page for one kind of record: without an id it opens the empty form; with one it
 * loads the record first (FormPage), then opens the form on it.
 */
export function RecordFormPage<Record, Key extends QueryKey>({
  id,
  load,
  newTitle,
  editTitle,
  form,
}: {
  id: number | undefined;
  load: (id: number) => UseQueryOptions<Record, AppError, Record, Key>;
  newTitle: string;
  editTitle: (record: Record | undefined) => string;
  form: (record?: Record) => ReactNode;
}) {
  const record = useQuery({ ...load(id ?? 0), enabled: id !== undefined });
  if (id === undefined) return <FormPage title={newTitle}>{form()}</FormPage>;
  return (
    <FormPage title={editTitle(record.data)} loading={record}>
      {record.data !== undefined && form(record.data)}
    </FormPage>
  );
}
