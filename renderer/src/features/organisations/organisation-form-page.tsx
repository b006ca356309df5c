import { useTranslation } from 'react-i18next';
import { organisationDraftSchema, type Organisation, type OrganisationDraft } from '../../../../shared/domain/organisation';
import { stakeholderCategories, type StakeholderCategory } from '../../../../shared/domain/stakeholder-categories';
import { organisationSizes, type OrganisationSize } from '../../../../shared/domain/organisation-size';
import { hrefFor, navigate } from '../../app/routes';
import { FormFrame } from '../../forms/form-frame';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { RecordFormPage } from '../../forms/form-page';
import { useContractForm } from '../../forms/use-contract-form';
import { organisationQueries, useCreateOrganisation, useUpdateOrganisation } from './organisation-queries';

type OrganisationValues = { name: string; sector: StakeholderCategory | ''; size: OrganisationSize | ''; cityOrRegion: string; website: string };

const valuesFrom = (organisation?: Organisation): OrganisationValues => ({
  name: organisation?.name ?? '',
  sector: organisation?.sector ?? '',
  size: organisation?.size ?? '',
  cityOrRegion: organisation?.cityOrRegion ?? '',
  website: organisation?.website ?? '',
});

/** #/organisations/new and #/organisations/4/edit. */
export function OrganisationFormPage({ id }: { id?: number }) {
  const { t } = useTranslation('organisations');
  return (
    <RecordFormPage
      id={id}
      load={organisationQueries.detail}
      newTitle={t('newTitle')}
      editTitle={(organisation) => t('editTitle', { name: organisation?.name ?? '' })}
      form={(organisation) => <OrganisationForm organisation={organisation} />}
    />
  );
}

function OrganisationForm({ organisation }: { organisation?: Organisation }) {
  const { t } = useTranslation('organisations');
  const { t: tc } = useTranslation();
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation();
  const saving = organisation ? update : create;
  const form = useContractForm({
    schema: organisationDraftSchema,
    toInput: (values: OrganisationValues) => ({ ...values, sector: values.sector || null, size: values.size || null }),
    defaultValues: valuesFrom(organisation),
    serverValues: organisation && valuesFrom(organisation),
  });

  async function save(draft: OrganisationDraft) {
    const saved = organisation
      ? await update.mutateAsync({ id: organisation.id, organisation: draft })
      : await create.mutateAsync({ organisation: draft });
    navigate('organisations', saved.id);
  }

  return (
    <FormFrame
      form={form}
      onSubmit={save}
      error={saving.error}
      issuePrefix="organisation"
      submitLabel={tc('actions.save')}
      busy={saving.isPending}
      cancel={{ href: organisation ? hrefFor('organisations', organisation.id) : hrefFor('organisations') }}
    >
      <FormTextField control={form.control} name="name" label={t('fields.name')} required autoFocus />
      <FormSelectField
        control={form.control}
        name="sector"
        label={t('fields.sector')}
        options={[{ value: '' as const, label: t('fields.noSector') }, ...stakeholderCategories.map((value) => ({ value, label: tc(`categories.${value}`) }))]}
      />
      <FormSelectField
        control={form.control}
        name="size"
        label={t('fields.size')}
        hint={t('fields.sizeHint')}
        options={[{ value: '' as const, label: t('fields.noSize') }, ...organisationSizes.map((value) => ({ value, label: t(`sizes.${value}`) }))]}
      />
      <FormTextField control={form.control} name="cityOrRegion" label={t('fields.cityOrRegion')} />
      <FormTextField control={form.control} name="website" type="url" label={t('fields.website')} />
    </FormFrame>
  );
}
