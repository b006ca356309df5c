import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { todayIsoDate } from '../../../../shared/domain/dates';
import {
  recommendationDraftSchema,
  recommendationKinds,
  type Recommendation,
  type RecommendationDraft,
  type RecommendationKind,
} from '../../../../shared/domain/recommendation';
import { hrefFor, navigate } from '../../app/routes';
import { FormFrame } from '../../forms/form-frame';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { RecordFormPage } from '../../forms/form-page';
import { useContractForm } from '../../forms/use-contract-form';
import { recommendationQueries, useCreateRecommendation, useUpdateRecommendation } from './recommendation-queries';
import { useWorkingGroupChoices } from './use-recommendation-choices';

type RecommendationValues = {
  kind: RecommendationKind;
  title: string;
  text: string;
  rationale: string;
  /** "" when the drafting group is not in the registry. */
  workingGroupId: string;
  workingGroupName: string;
  draftedOn: string;
};

function valuesFrom(recommendation?: Recommendation): RecommendationValues {
  if (!recommendation) {
    return { kind: 'policy', title: '', text: '', rationale: '', workingGroupId: '', workingGroupName: '', draftedOn: todayIsoDate() };
  }
  return {
    kind: recommendation.kind,
    title: recommendation.title,
    text: recommendation.text,
    rationale: recommendation.rationale ?? '',
    workingGroupId: recommendation.workingGroupId === null ? '' : String(recommendation.workingGroupId),
    workingGroupName: recommendation.workingGroupId === null ? (recommendation.workingGroupName ?? '') : '',
    draftedOn: recommendation.draftedOn,
  };
}

/** A group from the registry brings its own name; otherwise the typed name is kept. */
const draftFrom = (values: RecommendationValues) => ({
  ...values,
  workingGroupId: values.workingGroupId ? Number(values.workingGroupId) : null,
  workingGroupName: values.workingGroupId ? null : values.workingGroupName,
});

/** #/recommendations/new and #/recommendations/12/edit. */
export function RecommendationFormPage({ id }: { id?: number }) {
  const { t } = useTranslation('recommendations');
  return (
    <RecordFormPage
      id={id}
      load={recommendationQueries.detail}
      newTitle={t('newTitle')}
      editTitle={(detail) => t('editTitle', { title: detail?.recommendation.title ?? '' })}
      form={(detail) => <RecommendationForm recommendation={detail?.recommendation} />}
    />
  );
}

function RecommendationForm({ recommendation }: { recommendation?: Recommendation }) {
  const { t } = useTranslation('recommendations');
  const { t: tc } = useTranslation();
  const groups = useWorkingGroupChoices();
  const create = useCreateRecommendation();
  const update = useUpdateRecommendation();
  const saving = recommendation ? update : create;
  const form = useContractForm({
    schema: recommendationDraftSchema,
    toInput: draftFrom,
    defaultValues: valuesFrom(recommendation),
    serverValues: recommendation && valuesFrom(recommendation),
  });
  const { control } = form;
  const groupId = useWatch({ control, name: 'workingGroupId' });

  async function save(draft: RecommendationDraft) {
    const saved = recommendation
      ? await update.mutateAsync({ id: recommendation.id, recommendation: draft })
      : await create.mutateAsync({ recommendation: draft });
    navigate('recommendations', saved.recommendation.id);
  }

  return (
    <FormFrame
      form={form}
      onSubmit={save}
      error={saving.error}
      issuePrefix="recommendation"
      submitLabel={tc('actions.save')}
      busy={saving.isPending}
      cancel={{ href: recommendation ? hrefFor('recommendations', recommendation.id) : hrefFor('recommendations') }}
    >
      <FormSelectField
        control={control}
        name="workingGroupId"
        label={t('fields.workingGroup')}
        options={[{ value: '', label: t('fields.noGroup') }, ...groups]}
      />
      {!groupId && <FormTextField control={control} name="workingGroupName" label={t('fields.workingGroupName')} />}
      <FormSelectField
        control={control}
        name="kind"
        label={t('fields.kind')}
        options={recommendationKinds.map((value) => ({ value, label: t(`kinds.${value}`) }))}
      />
      <FormTextField control={control} name="title" label={t('fields.title')} required autoFocus />
      <FormTextField control={control} name="text" label={t('fields.text')} multiline required />
      <FormTextField control={control} name="rationale" label={t('fields.rationale')} multiline />
      <FormTextField control={control} name="draftedOn" type="date" label={t('fields.draftedOn')} required />
    </FormFrame>
  );
}
