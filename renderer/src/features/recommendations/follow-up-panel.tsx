import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import type { RecommendationDetail } from '../../../../shared/contract/recommendations';
import { todayIsoDate } from '../../../../shared/domain/dates';
import {
  followUpDraftSchema,
  implementationStatuses,
  recipientKinds,
  type FollowUp,
  type ImplementationStatus,
  type RecipientKind,
} from '../../../../shared/domain/recommendation';
import { FormFrame } from '../../forms/form-frame';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { useContractForm } from '../../forms/use-contract-form';
import { formatIsoDate } from '../../i18n/format';
import { useAddFollowUp, useSetImplementation, useUpdateFollowUp } from './recommendation-queries';

function ResponseForm({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation('recommendations');
  const save = useUpdateFollowUp();
  const { id: followUpId, recommendationId: _recommendation, ...kept } = followUp;
  const form = useContractForm({
    schema: followUpDraftSchema,
    toInput: (values: { response: string; responseOn: string }) => ({ ...kept, ...values }),
    defaultValues: { response: '', responseOn: todayIsoDate() },
  });
  return (
    <FormFrame
      form={form}
      onSubmit={(draft) => save.mutateAsync({ followUpId, followUp: draft })}
      error={save.error}
      issuePrefix="followUp"
      submitLabel={t('followUp.saveResponse')}
      busy={save.isPending}
      label={t('followUp.recordResponse')}
      className="form recommendations-response"
    >
      <FormTextField control={form.control} name="response" label={t('followUp.response')} multiline />
      <FormTextField control={form.control} name="responseOn" type="date" label={t('followUp.responseOn')} />
    </FormFrame>
  );
}

function SendForm({ recommendationId }: { recommendationId: number }) {
  const { t } = useTranslation('recommendations');
  const add = useAddFollowUp();
  const form = useContractForm({
    schema: followUpDraftSchema,
    toInput: (values: { sentTo: string; recipientKind: RecipientKind; sentOn: string }) => values,
    defaultValues: { sentTo: '', recipientKind: 'government', sentOn: todayIsoDate() },
  });
  return (
    <FormFrame
      form={form}
      onSubmit={(followUp) => add.mutateAsync({ id: recommendationId, followUp })}
      error={add.error}
      issuePrefix="followUp"
      submitLabel={t('followUp.add')}
      busy={add.isPending}
      label={t('followUp.add')}
      className="form recommendations-send"
      afterSave="clear"
    >
      <FormTextField control={form.control} name="sentTo" label={t('followUp.sentTo')} required />
      <FormSelectField
        control={form.control}
        name="recipientKind"
        label={t('followUp.recipientKind')}
        options={recipientKinds.map((value) => ({ value, label: t(`recipients.${value}`) }))}
      />
      <FormTextField control={form.control} name="sentOn" type="date" label={t('followUp.sentOn')} />
    </FormFrame>
  );
}

function ImplementationForm({ detail }: { detail: RecommendationDetail }) {
  const { t } = useTranslation('recommendations');
  const save = useSetImplementation();
  const id = detail.recommendation.id;
  const form = useContractForm({
    schema: contract['recommendations.setImplementation'].input,
    toInput: (values: { status: ImplementationStatus; on: string }) => ({ id, ...values }),
    defaultValues: { status: detail.recommendation.implementationStatus ?? 'not_started', on: todayIsoDate() },
  });
  return (
    <FormFrame
      form={form}
      onSubmit={(input) => save.mutateAsync(input)}
      error={save.error}
      submitLabel={t('followUp.saveImplementation')}
      busy={save.isPending}
      label={t('followUp.saveImplementation')}
      className="form recommendations-implementation"
    >
      <FormSelectField
        control={form.control}
        name="status"
        label={t('followUp.implementationStatus')}
        options={implementationStatuses.map((value) => ({ value, label: t(`implementation.${value}`) }))}
      />
      <FormTextField control={form.control} name="on" type="date" label={t('followUp.implementationOn')} />
    </FormFrame>
  );
}

/** After adoption: where it was sent, what came back, and how far it has been implemented. */
export function FollowUpPanel({ detail }: { detail: RecommendationDetail }) {
  const { t } = useTranslation('recommendations');
  return (
    <section aria-labelledby="follow-up-title" className="card recommendations-follow-up">
      <h2 id="follow-up-title">{t('followUp.title')}</h2>
      {detail.followUps.length === 0 && <p>{t('followUp.none')}</p>}
      <ul className="recommendations-follow-up__list">
        {detail.followUps.map((followUp) => (
          <li key={followUp.id} data-testid="follow-up">
            <strong>{followUp.sentTo}</strong> ({t(`recipients.${followUp.recipientKind}`)}), {formatIsoDate(followUp.sentOn)}
            {followUp.response ? (
              <p className="notes">
                {followUp.responseOn && formatIsoDate(followUp.responseOn)}: {followUp.response}
              </p>
            ) : (
              <>
                <p className="muted">{t('followUp.awaiting')}</p>
                <details>
                  <summary>{t('followUp.recordResponse')}</summary>
                  <ResponseForm followUp={followUp} />
                </details>
              </>
            )}
          </li>
        ))}
      </ul>
      <SendForm recommendationId={detail.recommendation.id} />
      <ImplementationForm key={detail.recommendation.implementationStatus} detail={detail} />
    </section>
  );
}
