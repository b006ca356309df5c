import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { stakeholderCategories, type StakeholderCategory } from '../../../../shared/domain/stakeholder-categories';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { toAppError } from '../../api/to-app-error';
import { hrefFor, navigate } from '../../app/routes';
import { ErrorBanner } from '../../ui/error-banner';
import { SelectField, TextField } from '../../ui/fields';

interface OrganisationForm {
  name: string;
  sector: StakeholderCategory | '';
  cityOrRegion: string;
  website: string;
}

export function OrganisationFormPage({ id }: { id?: number }) {
  const { t } = useTranslation('organisations');
  const { t: tc } = useTranslation();
  const [form, setForm] = useState<OrganisationForm>({ name: '', sector: '', cityOrRegion: '', website: '' });
  const [originalName, setOriginalName] = useState('');
  const [error, setError] = useState<AppError>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (id === undefined) return;
    call('organisations.get', { id }).then(
      (organisation) => {
        setForm({
          name: organisation.name,
          sector: organisation.sector ?? '',
          cityOrRegion: organisation.cityOrRegion ?? '',
          website: organisation.website ?? '',
        });
        setOriginalName(organisation.name);
      },
      (caught: unknown) => setError(toAppError(caught)),
    );
  }, [id]);

  const update = <Key extends keyof OrganisationForm>(key: Key) => (value: OrganisationForm[Key]) => setForm((previous) => ({ ...previous, [key]: value }));
  const fieldError = (field: string) => error?.issueFor(`organisation.${field}`);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    try {
      const organisation = { ...form, sector: form.sector || null };
      const saved = id === undefined ? await call('organisations.create', { organisation }) : await call('organisations.update', { id, organisation });
      navigate('organisations', saved.id);
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby="organisation-form-title">
      <h1 id="organisation-form-title">{id === undefined ? t('newTitle') : t('editTitle', { name: originalName })}</h1>
      {(error?.issues.length ?? 0) > 0 ? (
        <p className="banner banner--error" role="alert">
          {tc('errors.fixFields')}
        </p>
      ) : (
        <ErrorBanner error={error} />
      )}
      <form onSubmit={save} noValidate className="form">
        <TextField label={t('fields.name')} value={form.name} onChange={update('name')} error={fieldError('name')} required autoFocus />
        <SelectField<StakeholderCategory | ''>
          label={t('fields.sector')}
          value={form.sector}
          onChange={update('sector')}
          error={fieldError('sector')}
          options={[{ value: '', label: t('fields.noSector') }, ...stakeholderCategories.map((value) => ({ value, label: tc(`categories.${value}`) }))]}
        />
        <TextField label={t('fields.cityOrRegion')} value={form.cityOrRegion} onChange={update('cityOrRegion')} error={fieldError('cityOrRegion')} />
        <TextField label={t('fields.website')} type="url" value={form.website} onChange={update('website')} error={fieldError('website')} />
        <div className="actions">
          <button type="submit" className="button--primary" disabled={saving} aria-busy={saving}>
            {tc('actions.save')}
          </button>
          <a className="button" href={id === undefined ? hrefFor('organisations') : hrefFor('organisations', id)}>
            {tc('actions.cancel')}
          </a>
        </div>
      </form>
    </section>
  );
}
