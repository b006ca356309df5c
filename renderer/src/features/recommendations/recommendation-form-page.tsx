import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { recommendationKinds, type RecommendationKind } from '../../../../shared/domain/recommendation';
import { todayIsoDate } from '../../../../shared/domain/dates';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { toAppError } from '../../api/to-app-error';
import { navigate } from '../../app/routes';
import { ErrorBanner } from '../../ui/error-banner';
import { SelectField, TextField } from '../../ui/fields';
import { useWorkingGroupChoices } from './use-recommendation-choices';

interface FormState {
  kind: RecommendationKind;
  title: string;
  text: string;
  rationale: string;
  workingGroupId: string;
  workingGroupName: string;
  draftedOn: string;
}

const emptyForm = (): FormState => ({
  kind: 'policy',
  title: '',
  text: '',
  rationale: '',
  workingGroupId: '',
  workingGroupName: '',
  draftedOn: todayIsoDate(),
});

export function RecommendationFormPage({ id }: { id?: number }) {
  const { t } = useTranslation('recommendations');
  const { t: tc } = useTranslation();
  const groups = useWorkingGroupChoices();
  const [form, setForm] = useState<FormState>(emptyForm);
  const [originalTitle, setOriginalTitle] = useState('');
  const [error, setError] = useState<AppError>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (id === undefined) return;
    call('recommendations.get', { id }).then(
      ({ recommendation }) => {
        setOriginalTitle(recommendation.title);
        setForm({
          kind: recommendation.kind,
          title: recommendation.title,
          text: recommendation.text,
          rationale: recommendation.rationale ?? '',
          workingGroupId: recommendation.workingGroupId === null ? '' : String(recommendation.workingGroupId),
          workingGroupName: recommendation.workingGroupId === null ? (recommendation.workingGroupName ?? '') : '',
          draftedOn: recommendation.draftedOn,
        });
      },
      (caught: unknown) => setError(toAppError(caught)),
    );
  }, [id]);

  const update =
    <Key extends keyof FormState>(key: Key) =>
    (value: FormState[Key]) =>
      setForm((previous) => ({ ...previous, [key]: value }));
  const fieldError = (field: string) => error?.issueFor(`recommendation.${field}`);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    try {
      const recommendation = {
        kind: form.kind,
        title: form.title,
        text: form.text,
        rationale: form.rationale,
        workingGroupId: form.workingGroupId ? Number(form.workingGroupId) : null,
        workingGroupName: form.workingGroupId ? null : form.workingGroupName,
        draftedOn: form.draftedOn,
      };
      const saved =
        id === undefined
          ? await call('recommendations.create', { recommendation })
          : await call('recommendations.update', { id, recommendation });
      navigate('recommendations', saved.recommendation.id);
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setSaving(false);
    }
  }

  const hasFieldErrors = (error?.issues.length ?? 0) > 0;
  return (
    <section aria-labelledby="recommendation-form-title">
      <h1 id="recommendation-form-title">
        {id === undefined ? t('newTitle') : t('editTitle', { title: originalTitle })}
      </h1>
      {hasFieldErrors ? (
        <p className="banner banner--error" role="alert">
          {tc('errors.fixFields')}
        </p>
      ) : (
        <ErrorBanner error={error} />
      )}
      <form onSubmit={save} noValidate className="form">
        <SelectField
          label={t('fields.workingGroup')}
          value={form.workingGroupId}
          onChange={update('workingGroupId')}
          error={fieldError('workingGroupId')}
          options={[{ value: '', label: t('fields.noGroup') }, ...groups]}
        />
        {!form.workingGroupId && (
          <TextField
            label={t('fields.workingGroupName')}
            value={form.workingGroupName}
            onChange={update('workingGroupName')}
            error={fieldError('workingGroupName')}
          />
        )}
        <SelectField<RecommendationKind>
          label={t('fields.kind')}
          value={form.kind}
          onChange={update('kind')}
          error={fieldError('kind')}
          options={recommendationKinds.map((value) => ({ value, label: t(`kinds.${value}`) }))}
        />
        <TextField
          label={t('fields.title')}
          value={form.title}
          onChange={update('title')}
          error={fieldError('title')}
          required
          autoFocus
        />
        <TextField
          label={t('fields.text')}
          value={form.text}
          onChange={update('text')}
          error={fieldError('text')}
          multiline
          required
        />
        <TextField
          label={t('fields.rationale')}
          value={form.rationale}
          onChange={update('rationale')}
          error={fieldError('rationale')}
          multiline
        />
        <TextField
          label={t('fields.draftedOn')}
          type="date"
          value={form.draftedOn}
          onChange={update('draftedOn')}
          error={fieldError('draftedOn')}
          required
        />
        <div className="actions">
          <button type="submit" className="button--primary" disabled={saving}>
            {tc('actions.save')}
          </button>
          <button type="button" onClick={() => history.back()}>
            {tc('actions.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
