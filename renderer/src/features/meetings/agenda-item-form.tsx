import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { agendaItemKinds, type AgendaItem, type AgendaItemKind } from '../../../../shared/domain/agenda';
import { AppError } from '../../../../shared/errors';
import { SelectField, TextField } from '../../ui/fields';
import { MemberPicker, type PickedMember } from './member-picker';
import { toAppError } from '../../api/to-app-error';

export interface AgendaItemInput {
  kind: AgendaItemKind;
  title: string;
  presenterMemberId: number | null;
  plannedMinutes: number;
}

/** Adds a new agenda item or edits one; the caller saves and reports errors back. */
export function AgendaItemForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial?: AgendaItem;
  submitLabel: string;
  onSubmit: (item: AgendaItemInput) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const [kind, setKind] = useState<AgendaItemKind>(initial?.kind ?? 'discussion');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [presenter, setPresenter] = useState<PickedMember | null>(
    initial?.presenterMemberId ? { id: initial.presenterMemberId, name: initial.presenterName ?? '' } : null,
  );
  const [minutes, setMinutes] = useState(String(initial?.plannedMinutes ?? 15));
  const [error, setError] = useState<AppError>();
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const plannedMinutes = Number(minutes);
    if (minutes.trim() === '' || !Number.isInteger(plannedMinutes) || plannedMinutes < 0) {
      setError(
        new AppError({
          code: 'invalid_input',
          message: t('agenda.minutesInvalid'),
          issues: [{ path: 'item.plannedMinutes', message: t('agenda.minutesInvalid') }],
        }),
      );
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      await onSubmit({ kind, title, presenterMemberId: presenter?.id ?? null, plannedMinutes });
      if (!initial) {
        setTitle('');
        setPresenter(null);
      }
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="meetings-agenda__form" onSubmit={submit} noValidate aria-label={submitLabel}>
      <SelectField
        label={t('agenda.kind')}
        value={kind}
        onChange={setKind}
        options={agendaItemKinds.map((value) => ({ value, label: t(`agendaKinds.${value}`) }))}
      />
      <TextField
        label={t('agenda.itemTitle')}
        value={title}
        onChange={setTitle}
        error={error?.issueFor('item.title')}
      />
      <MemberPicker
        label={t('agenda.presenter')}
        value={presenter}
        onChange={setPresenter}
        error={error?.issueFor('item.presenterMemberId')}
      />
      <TextField
        label={t('agenda.plannedMinutes')}
        type="number"
        value={minutes}
        onChange={setMinutes}
        error={error?.issueFor('item.plannedMinutes')}
      />
      {error && error.issues.length === 0 && (
        <p className="field__error" role="alert">
          {error.message}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button--primary" disabled={saving}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {tc('actions.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
