import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { agreementDraftSchema, amountFixedBy, type AgreementDraft } from '../../../../shared/domain/funding/agreement';
import type { AgreementDetail } from '../../../../shared/domain/funding/agreement-views';
import { agreementStatuses, fundingStreams, type AgreementStatus } from '../../../../shared/domain/funding/codes';
import { hrefFor, navigate } from '../../app/routes';
import { FormFrame } from '../../forms/form-frame';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { RecordFormPage } from '../../forms/form-page';
import { useContractForm } from '../../forms/use-contract-form';
import { SelectField } from '../../ui/fields';
import { useWorkingGroupChoices } from '../recommendations/use-recommendation-choices';
import { recommendationQueries } from '../recommendations/recommendation-queries';
import { agreementDraftFromForm, agreementFormFrom, emptyAgreementForm, unreadableAgreementInputs, type AgreementFormValues } from './agreement-form-state';
import { fundingQueries, useCreateAgreement, useUpdateAgreement } from './funding-queries';
import { PartiesEditor } from './parties-editor';

/** #/funding/new and #/funding/4/edit. */
export function AgreementFormPage({ id }: { id?: number }) {
  const { t } = useTranslation('funding');
  return (
    <RecordFormPage
      id={id}
      load={fundingQueries.detail}
      newTitle={t('newTitle')}
      editTitle={(agreement) => t('editTitle', { title: agreement?.title ?? '' })}
      form={(agreement) => <AgreementForm agreement={agreement} />}
    />
  );
}

function AgreementForm({ agreement }: { agreement?: AgreementDetail }) {
  const { t, i18n } = useTranslation('funding');
  const language = i18n.language;
  const create = useCreateAgreement();
  const update = useUpdateAgreement();
  const saving = agreement ? update : create;
  const [status, setStatus] = useState<AgreementStatus>('proposed');
  const groups = useWorkingGroupChoices();
  const recommendations = useQuery(recommendationQueries.list({ limit: 500 }));
  // Once approved, the amount is kept as it is here and changed only by an amendment.
  const amountFixed = agreement !== undefined && amountFixedBy(agreement.status);
  const form = useContractForm({
    schema: agreementDraftSchema,
    toInput: (values: AgreementFormValues) => agreementDraftFromForm(values, language),
    unreadable: (values) => unreadableAgreementInputs(values, language),
    defaultValues: agreement ? agreementFormFrom(agreement, language) : emptyAgreementForm(),
    serverValues: agreement && agreementFormFrom(agreement, language),
  });
  const { control } = form;

  async function save(draft: AgreementDraft) {
    const saved = agreement ? await update.mutateAsync({ id: agreement.id, agreement: draft }) : await create.mutateAsync({ agreement: draft, status });
    navigate('funding', saved.id);
  }

  return (
    <FormFrame
      form={form}
      onSubmit={save}
      error={saving.error}
      issuePrefix="agreement"
      submitLabel={t('entries.save')}
      busy={saving.isPending}
      cancel={{ href: agreement ? hrefFor('funding', agreement.id) : hrefFor('funding') }}
    >
      <FormTextField control={control} name="title" label={t('fields.title')} required autoFocus />
      <FormSelectField control={control} name="stream" label={t('stream')} options={fundingStreams.map((value) => ({ value, label: t(`streams.${value}`) }))} />
      <FormTextField control={control} name="purpose" label={t('fields.purpose')} multiline required />
      {amountFixed ? (
        <p className="field__hint">{t('fields.approvedFixed')}</p>
      ) : (
        <FormTextField control={control} name="approvedCents" label={t('fields.approved')} hint={t('fields.approvedHint')} />
      )}
      <FormTextField control={control} name="startsOn" type="date" label={t('fields.startsOn')} />
      <FormTextField control={control} name="endsOn" type="date" label={t('fields.endsOn')} />
      {!agreement && (
        <SelectField<AgreementStatus>
          label={t('fields.initialStatus')}
          value={status}
          onChange={setStatus}
          options={agreementStatuses.map((value) => ({ value, label: t(`statuses.${value}`) }))}
        />
      )}
      <PartiesEditor control={control} />
      <FormSelectField control={control} name="workingGroupId" label={t('fields.workingGroup')} options={[{ value: '', label: t('fields.none') }, ...groups]} />
      <FormSelectField
        control={control}
        name="recommendationId"
        label={t('fields.recommendation')}
        options={[
          { value: '', label: t('fields.none') },
          ...(recommendations.data?.items ?? []).map((item) => ({ value: String(item.id), label: item.title })),
        ]}
      />
      <FormTextField control={control} name="notes" label={t('fields.notes')} multiline />
    </FormFrame>
  );
}
