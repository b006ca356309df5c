import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { consentMethods, consentScopes, type ConsentEntry, type ConsentScope } from '../../../../shared/domain/consent';
import { todayIsoDate } from '../../../../shared/domain/dates';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { toAppError } from '../../api/to-app-error';
import { ErrorBanner } from '../../ui/error-banner';
import { CheckboxField, SelectField, TextField } from '../../ui/fields';

type Method = (typeof consentMethods)[number];

/** Records a new entry, starting from the consent in force; the register keeps the old one. */
export function ConsentForm({
  memberId,
  current,
  onRecorded,
  onCancel,
}: {
  memberId: number;
  current: ConsentEntry | undefined;
  onRecorded: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('memberRegistry');
  const { t: tc } = useTranslation();
  const [scopes, setScopes] = useState<Record<ConsentScope, boolean>>({
    mayContact: current?.mayContact ?? false,
    mayBeNamed: current?.mayBeNamed ?? false,
    testimonyMayBeRecorded: current?.testimonyMayBeRecorded ?? false,
    mayAppearInPhotos: current?.mayAppearInPhotos ?? false,
  });
  const [givenOn, setGivenOn] = useState(todayIsoDate());
  const [method, setMethod] = useState<Method>('signed_form');
  const [note, setNote] = useState('');
  const [error, setError] = useState<AppError>();

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      await call('consent.record', { memberId, consent: { ...scopes, givenOn, method, note } });
      setNote('');
      onRecorded();
    } catch (caught) {
      setError(toAppError(caught));
    }
  }

  return (
    <form onSubmit={save} noValidate className="form card" aria-labelledby="consent-form-title">
      <h3 id="consent-form-title">{t('consent.record')}</h3>
      <ErrorBanner error={error && error.issues.length === 0 ? error : undefined} />
      <fieldset className="field">
        <legend>{t('consent.consentsTo')}</legend>
        {consentScopes.map((scope) => (
          <CheckboxField
            key={scope}
            label={t(`consent.scopes.${scope}`)}
            checked={scopes[scope]}
            onChange={(checked) => setScopes((previous) => ({ ...previous, [scope]: checked }))}
          />
        ))}
      </fieldset>
      <TextField label={t('consent.givenOn')} type="date" value={givenOn} onChange={setGivenOn} error={error?.issueFor('consent.givenOn')} />
      <SelectField<Method>
        label={t('consent.method')}
        value={method}
        onChange={setMethod}
        options={consentMethods.map((value) => ({ value, label: t(`consent.methods.${value}`) }))}
        error={error?.issueFor('consent.method')}
      />
      <TextField label={t('consent.note')} value={note} onChange={setNote} error={error?.issueFor('consent.note')} />
      <p className="field__hint">{t('consent.historyKept')}</p>
      <div className="actions">
        <button type="submit" className="button--primary">
          {t('consent.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {tc('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
