import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecommendationDetail } from '../../../../shared/contract/recommendations';
import { todayIsoDate } from '../../../../shared/domain/dates';
import {
  implementationStatuses,
  recipientKinds,
  type FollowUp,
  type ImplementationStatus,
  type RecipientKind,
} from '../../../../shared/domain/recommendation';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { toAppError } from '../../api/to-app-error';
import { ErrorBanner } from '../../ui/error-banner';
import { SelectField, TextField } from '../../ui/fields';

type Saved = (detail: RecommendationDetail) => void;

function useSubmit(onSaved: Saved) {
  const [error, setError] = useState<AppError>();
  const [saving, setSaving] = useState(false);
  async function submit(event: FormEvent, run: () => Promise<RecommendationDetail>): Promise<boolean> {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    try {
      onSaved(await run());
      return true;
    } catch (caught) {
      setError(toAppError(caught));
      return false;
    } finally {
      setSaving(false);
    }
  }
  return { error, saving, submit };
}

function ResponseForm({ followUp, onSaved }: { followUp: FollowUp; onSaved: Saved }) {
  const { t } = useTranslation('recommendations');
  const [response, setResponse] = useState('');
  const [responseOn, setResponseOn] = useState(todayIsoDate());
  const { error, saving, submit } = useSubmit(onSaved);
  const { id: followUpId, recommendationId: _recommendation, ...kept } = followUp;
  const save = (event: FormEvent) =>
    void submit(event, () =>
      call('recommendations.updateFollowUp', { followUpId, followUp: { ...kept, response, responseOn } }),
    );
  return (
    <form onSubmit={save} noValidate className="form recommendations-response">
      <ErrorBanner error={error} />
      <TextField
        label={t('followUp.response')}
        value={response}
        onChange={setResponse}
        error={error?.issueFor('followUp.response')}
        multiline
      />
      <TextField
        label={t('followUp.responseOn')}
        type="date"
        value={responseOn}
        onChange={setResponseOn}
        error={error?.issueFor('followUp.responseOn')}
      />
      <div className="actions">
        <button type="submit" disabled={saving}>
          {t('followUp.saveResponse')}
        </button>
      </div>
    </form>
  );
}

function SendForm({ recommendationId, onSaved }: { recommendationId: number; onSaved: Saved }) {
  const { t } = useTranslation('recommendations');
  const [sentTo, setSentTo] = useState('');
  const [recipientKind, setRecipientKind] = useState<RecipientKind>('government');
  const [sentOn, setSentOn] = useState(todayIsoDate());
  const { error, saving, submit } = useSubmit(onSaved);
  async function save(event: FormEvent) {
    const done = await submit(event, () =>
      call('recommendations.addFollowUp', { id: recommendationId, followUp: { sentTo, recipientKind, sentOn } }),
    );
    if (done) setSentTo('');
  }
  return (
    <form onSubmit={(event) => void save(event)} noValidate className="form recommendations-send">
      <ErrorBanner error={error} />
      <TextField
        label={t('followUp.sentTo')}
        value={sentTo}
        onChange={setSentTo}
        error={error?.issueFor('followUp.sentTo')}
        required
      />
      <SelectField<RecipientKind>
        label={t('followUp.recipientKind')}
        value={recipientKind}
        onChange={setRecipientKind}
        options={recipientKinds.map((value) => ({ value, label: t(`recipients.${value}`) }))}
      />
      <TextField
        label={t('followUp.sentOn')}
        type="date"
        value={sentOn}
        onChange={setSentOn}
        error={error?.issueFor('followUp.sentOn')}
      />
      <div className="actions">
        <button type="submit" disabled={saving}>
          {t('followUp.add')}
        </button>
      </div>
    </form>
  );
}

function ImplementationForm({ detail, onSaved }: { detail: RecommendationDetail; onSaved: Saved }) {
  const { t } = useTranslation('recommendations');
  const [status, setStatus] = useState<ImplementationStatus>(
    detail.recommendation.implementationStatus ?? 'not_started',
  );
  const [on, setOn] = useState(todayIsoDate());
  const { error, saving, submit } = useSubmit(onSaved);
  const save = (event: FormEvent) =>
    void submit(event, () => call('recommendations.setImplementation', { id: detail.recommendation.id, status, on }));
  return (
    <form onSubmit={save} noValidate className="form recommendations-implementation">
      <ErrorBanner error={error} />
      <SelectField<ImplementationStatus>
        label={t('followUp.implementationStatus')}
        value={status}
        onChange={setStatus}
        error={error?.issueFor('status')}
        options={implementationStatuses.map((value) => ({ value, label: t(`implementation.${value}`) }))}
      />
      <TextField
        label={t('followUp.implementationOn')}
        type="date"
        value={on}
        onChange={setOn}
        error={error?.issueFor('on')}
      />
      <div className="actions">
        <button type="submit" disabled={saving}>
          {t('followUp.saveImplementation')}
        </button>
      </div>
    </form>
  );
}

/** After adoption: where it was sent, what came back, and how far it has been implemented. */
export function FollowUpPanel({ detail, onSaved }: { detail: RecommendationDetail; onSaved: Saved }) {
  const { t } = useTranslation('recommendations');
  return (
    <section aria-labelledby="follow-up-title" className="card recommendations-follow-up">
      <h2 id="follow-up-title">{t('followUp.title')}</h2>
      {detail.followUps.length === 0 && <p>{t('followUp.none')}</p>}
      <ul className="recommendations-follow-up__list">
        {detail.followUps.map((followUp) => (
          <li key={followUp.id} data-testid="follow-up">
            <strong>{followUp.sentTo}</strong> ({t(`recipients.${followUp.recipientKind}`)}), {followUp.sentOn}
            {followUp.response ? (
              <p className="notes">
                {followUp.responseOn}: {followUp.response}
              </p>
            ) : (
              <>
                <p className="muted">{t('followUp.awaiting')}</p>
                <details>
                  <summary>{t('followUp.recordResponse')}</summary>
                  <ResponseForm followUp={followUp} onSaved={onSaved} />
                </details>
              </>
            )}
          </li>
        ))}
      </ul>
      <SendForm recommendationId={detail.recommendation.id} onSaved={onSaved} />
      <ImplementationForm key={detail.recommendation.implementationStatus} detail={detail} onSaved={onSaved} />
    </section>
  );
}
