import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { DataTable, type Column } from '../../ui/data-table';
import { ErrorBanner } from '../../ui/error-banner';

interface EntryPanelProps<Entry extends { id: number }> {
  title: string;
  empty: string;
  testId: string;
  entries: readonly Entry[];
  columns: readonly Column<Entry>[];
  /** Names each row's buttons for assistive technology: "Remove the payment of Jun 1, 2026". */
  removeLabel: (entry: Entry) => string;
  editLabel?: (entry: Entry) => string;
  /** Buttons of a row beside Edit and Remove (a report's "Mark received today"). */
  rowActions?: (entry: Entry) => ReactNode;
  onRemove: (entry: Entry) => Promise<unknown>;
  removeError: AppError | null;
  removing: boolean;
  /** The form that adds an entry (entry undefined) or changes one; onDone closes it. */
  form: (entry: Entry | undefined, onDone: () => void) => ReactNode;
  addLabel: string;
}

/**
 * One kind of entry of an agreement (instalments, claims, payments, reports, amendments): its table,
 * each row's Edit and Remove (removal asks once more), and the add or edit form below the table.
 */
export function EntryPanel<Entry extends { id: number }>(props: EntryPanelProps<Entry>) {
  const { t } = useTranslation('funding');
  const titleId = useId();
  const [editing, setEditing] = useState<Entry | 'new' | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const actions: Column<Entry> = {
    key: 'actions',
    header: <span className="visually-hidden">{t('entries.edit')}</span>,
    cell: (entry) =>
      confirming === entry.id ? (
        <span role="alert" className="funding-confirm">
          {t('entries.confirmRemove')}{' '}
          <button
            type="button"
            className="button--danger"
            aria-label={props.removeLabel(entry)}
            disabled={props.removing}
            onClick={() => void props.onRemove(entry).then(() => setConfirming(null), () => undefined)}
          >
            {t('entries.remove')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(null)}>
            {t('actions.cancel', { ns: 'common' })}
          </button>
        </span>
      ) : (
        <span className="funding-row-actions">
          {props.rowActions?.(entry)}
          {props.editLabel && (
            <button type="button" aria-label={props.editLabel(entry)} onClick={() => setEditing(entry)}>
              {t('entries.edit')}
            </button>
          )}
          <button type="button" aria-label={props.removeLabel(entry)} onClick={() => setConfirming(entry.id)}>
            {t('entries.remove')}
          </button>
        </span>
      ),
  };
  const close = () => setEditing(null);
  return (
    <section aria-labelledby={titleId} className="card funding-panel" data-testid={props.testId}>
      <h2 id={titleId}>{props.title}</h2>
      <ErrorBanner error={props.removeError} />
      {props.entries.length === 0 ? (
        <p>{props.empty}</p>
      ) : (
        <DataTable<Entry> caption={props.title} rows={props.entries} rowKey={(entry) => entry.id} columns={[...props.columns, actions]} compact />
      )}
      {editing === null ? (
        <button type="button" onClick={() => setEditing('new')}>
          {props.addLabel}
        </button>
      ) : (
        // Keyed by the entry, so opening another entry's form starts from that entry's values.
        <div key={editing === 'new' ? 'new' : editing.id}>{props.form(editing === 'new' ? undefined : editing, close)}</div>
      )}
    </section>
  );
}
