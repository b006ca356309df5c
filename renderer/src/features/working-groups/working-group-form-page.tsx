import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { workingGroupStatuses, type WorkingGroupStatus } from '../../../../shared/domain/working-group';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { toAppError } from '../../api/to-app-error';
import { hrefFor, navigate } from '../../app/routes';
import { ErrorBanner } from '../../ui/error-banner';
import { SelectField, TextField } from '../../ui/fields';

interface GroupForm {
  name: string;
  mandate: string;
  status: WorkingGroupStatus;
}

export function WorkingGroupFormPage({ id }: { id?: number }) {
  const { t } = useTranslation('workingGroups');
  const { t: tc } = useTranslation();
  const [form, setForm] = useState<GroupForm>({ name: '', mandate: '', status: 'active' });
  const [originalName, setOriginalName] = useState('');
  const [error, setError] = useState<AppError>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (id === undefined) return;
    call('workingGroups.get', { id }).then(
      (group) => {
        setForm({ name: group.name, mandate: group.mandate ?? '', status: group.status });
        setOriginalName(group.name);
      },
      (caught: unknown) => setError(toAppError(caught)),
    );
  }, [id]);

  const update = <Key extends keyof GroupForm>(key: Key) => (value: GroupForm[Key]) => setForm((previous) => ({ ...previous, [key]: value }));

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    try {
      const group = { name: form.name, mandate: form.mandate, status: form.status };
      const saved = id === undefined ? await call('workingGroups.create', { group }) : await call('workingGroups.update', { id, group });
      navigate('workingGroups', saved.id);
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby="working-group-form-title">
      <h1 id="working-group-form-title">{id === undefined ? t('newTitle') : t('editTitle', { name: originalName })}</h1>
      <ErrorBanner error={error} />
      <form onSubmit={save} noValidate className="form">
        <TextField label={t('fields.name')} value={form.name} onChange={update('name')} error={error?.issueFor('group.name')} required autoFocus />
        <TextField label={t('fields.mandate')} value={form.mandate} onChange={update('mandate')} error={error?.issueFor('group.mandate')} multiline />
        <SelectField<WorkingGroupStatus>
          label={t('fields.status')}
          value={form.status}
          onChange={update('status')}
          options={workingGroupStatuses.map((value) => ({ value, label: t(`status.${value}`) }))}
        />
        <div className="actions">
          <button type="submit" className="button--primary" disabled={saving} aria-busy={saving}>
            {tc('actions.save')}
          </button>
          <a className="button" href={id === undefined ? hrefFor('workingGroups') : hrefFor('workingGroups', id)}>
            {tc('actions.cancel')}
          </a>
        </div>
      </form>
    </section>
  );
}
