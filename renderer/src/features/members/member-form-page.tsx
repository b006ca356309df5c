import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { stakeholderCategories, isMigrantWorkerCategory } from '../../../../shared/domain/stakeholder-categories';
import type { LanguageCode } from '../../../../shared/domain/languages';
import { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { hrefFor, navigate } from '../../app/routes';
import { CheckboxField, SelectField, TextField } from '../../ui/fields';
import { ErrorBanner } from '../../ui/error-banner';
import { LanguagePicker } from './language-picker';
import { languageLabel } from './language-labels';
import { draftFromForm, emptyMemberForm, formFromMember, type MemberFormState } from './member-form-state';
import { toAppError } from '../../api/to-app-error';

export function MemberFormPage({ id }: { id?: number }) {
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  const [form, setForm] = useState<MemberFormState>(emptyMemberForm);
  const [originalName, setOriginalName] = useState('');
  const [error, setError] = useState<AppError>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (id === undefined) return;
    call('members.get', { id }).then(
      (member) => {
        setForm(formFromMember(member));
        setOriginalName(member.displayName);
      },
      (caught: unknown) => setError(caught as AppError),
    );
  }, [id]);

  const update = <Key extends keyof MemberFormState>(key: Key) => (value: MemberFormState[Key]) => setForm((previous) => ({ ...previous, [key]: value }));
  const fieldError = (field: string) => error?.issueFor(`member.${field}`);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    try {
      const member = draftFromForm(form);
      const saved = id === undefined ? await call('members.create', { member }) : await call('members.update', { id, member });
      navigate('members', saved.id);
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setSaving(false);
    }
  }

  const title = id === undefined ? t('newTitle') : t('editTitle', { name: originalName });
  const hasFieldErrors = (error?.issues.length ?? 0) > 0;

  return (
    <section aria-labelledby="member-form-title">
      <h1 id="member-form-title">{title}</h1>
      {hasFieldErrors ? (
        <p className="banner banner--error" role="alert">
          {tc('errors.fixFields')}
        </p>
      ) : (
        <ErrorBanner error={error} />
      )}
      <form onSubmit={save} noValidate className="form">
        <SelectField
          label={t('fields.kind')}
          value={form.kind}
          onChange={update('kind')}
          options={(['individual', 'organisation'] as const).map((value) => ({ value, label: t(`fields.kinds.${value}`) }))}
        />
        <TextField label={t('fields.displayName')} value={form.displayName} onChange={update('displayName')} error={fieldError('displayName')} required autoFocus />
        <SelectField
          label={t('fields.category')}
          value={form.category}
          onChange={update('category')}
          error={fieldError('category')}
          options={stakeholderCategories.map((value) => ({ value, label: tc(`categories.${value}`) }))}
        />
        <TextField
          label={t('fields.alias')}
          value={form.alias}
          onChange={update('alias')}
          error={fieldError('alias')}
          hint={isMigrantWorkerCategory(form.category) ? t('aliasAdvice') : undefined}
        />
        {form.kind === 'individual' && (
          <TextField label={t('fields.organisationName')} value={form.organisationName} onChange={update('organisationName')} error={fieldError('organisationName')} />
        )}
        <LanguagePicker label={t('fields.languages')} value={form.languages} onChange={update('languages')} error={fieldError('languages')} />
        <SelectField<string>
          label={t('fields.preferredLanguage')}
          value={form.preferredLanguage}
          onChange={update('preferredLanguage')}
          error={fieldError('preferredLanguage')}
          options={[{ value: '', label: t('fields.noPreferred') }, ...form.languages.map((code: LanguageCode) => ({ value: code, label: languageLabel(code) }))]}
        />
        <TextField label={t('fields.email')} type="email" value={form.email} onChange={update('email')} error={fieldError('email')} />
        <TextField label={t('fields.phone')} type="tel" value={form.phone} onChange={update('phone')} error={fieldError('phone')} />
        <fieldset className="field">
          <legend>{t('fields.consent')}</legend>
          <CheckboxField label={t('fields.mayContact')} checked={form.mayContact} onChange={update('mayContact')} />
          <CheckboxField label={t('fields.mayBeNamed')} checked={form.mayBeNamed} onChange={update('mayBeNamed')} />
        </fieldset>
        <TextField label={t('fields.joinedOn')} type="date" value={form.joinedOn} onChange={update('joinedOn')} error={fieldError('joinedOn')} />
        <TextField label={t('fields.leftOn')} type="date" value={form.leftOn} onChange={update('leftOn')} error={fieldError('leftOn')} />
        <TextField label={t('fields.notes')} value={form.notes} onChange={update('notes')} error={fieldError('notes')} multiline />
        <div className="actions">
          <button type="submit" className="button--primary" disabled={saving} aria-busy={saving}>
            {tc('actions.save')}
          </button>
          <a className="button" href={id === undefined ? hrefFor('members') : hrefFor('members', id)}>
            {tc('actions.cancel')}
          </a>
        </div>
      </form>
    </section>
  );
}
