import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { stakeholderCategories } from '../../../../shared/domain/stakeholder-categories';
import { memberDraftSchema, type Member, type MemberDraft } from '../../../../shared/domain/member';
import { hrefFor, navigate } from '../../app/routes';
import { FormFrame } from '../../forms/form-frame';
import { FormCheckboxField, FormSelectField, FormTextField } from '../../forms/form-fields';
import { useContractForm } from '../../forms/use-contract-form';
import { RecordFormPage } from '../../forms/form-page';
import { LanguagePicker } from './language-picker';
import { languageLabel } from './language-labels';
import { emptyMemberForm, memberDraftFromForm, memberFormFrom } from './member-form-state';
import { memberQueries, useCreateMember, useUpdateMember } from './member-queries';
import { useAliasProposal } from './use-alias-proposal';

/** #/members/new and #/members/12/edit. */
export function MemberFormPage({ id }: { id?: number }) {
  const { t } = useTranslation('members');
  return (
    <RecordFormPage
      id={id}
      load={memberQueries.detail}
      newTitle={t('newTitle')}
      editTitle={(member) => t('editTitle', { name: member?.displayName ?? '' })}
      form={(member) => <MemberForm member={member} />}
    />
  );
}

function MemberForm({ member }: { member?: Member }) {
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  const create = useCreateMember();
  const update = useUpdateMember();
  const saving = member ? update : create;
  const form = useContractForm({
    schema: memberDraftSchema,
    toInput: memberDraftFromForm,
    defaultValues: member ? memberFormFrom(member) : emptyMemberForm(),
    serverValues: member && memberFormFrom(member),
  });
  const { control } = form;
  const [kind, category, languages, alias] = useWatch({ control, name: ['kind', 'category', 'languages', 'alias'] });
  const aliasProposal = useAliasProposal(form, category, alias);

  async function save(draft: MemberDraft) {
    const saved = member
      ? await update.mutateAsync({ id: member.id, member: draft })
      : await create.mutateAsync({ member: draft });
    navigate('members', saved.id);
  }

  return (
    <FormFrame
      form={form}
      onSubmit={save}
      error={saving.error}
      issuePrefix="member"
      submitLabel={tc('actions.save')}
      busy={saving.isPending}
      cancel={{ href: member ? hrefFor('members', member.id) : hrefFor('members') }}
    >
      <FormSelectField
        control={control}
        name="kind"
        label={t('fields.kind')}
        options={(['individual', 'organisation'] as const).map((value) => ({
          value,
          label: t(`fields.kinds.${value}`),
        }))}
      />
      <FormTextField control={control} name="displayName" label={t('fields.displayName')} required autoFocus />
      <FormSelectField
        control={control}
        name="category"
        label={t('fields.category')}
        options={stakeholderCategories.map((value) => ({ value, label: tc(`categories.${value}`) }))}
      />
      <FormTextField
        control={control}
        name="alias"
        label={t('fields.alias')}
        hint={aliasProposal.isWorker ? t('aliasAdvice') : undefined}
        required={aliasProposal.isWorker}
      />
      {aliasProposal.isWorker && (
        <p className="field__aside">
          <button type="button" onClick={() => void aliasProposal.another().catch(() => undefined)} disabled={aliasProposal.fetching}>
            {t('anotherAlias')}
          </button>
        </p>
      )}
      {kind === 'individual' && (
        <FormTextField control={control} name="organisationName" label={t('fields.organisationName')} />
      )}
      <LanguagePicker control={control} name="languages" label={t('fields.languages')} />
      <FormSelectField
        control={control}
        name="preferredLanguage"
        label={t('fields.preferredLanguage')}
        options={[
          { value: '' as const, label: t('fields.noPreferred') },
          ...languages.map((code) => ({ value: code, label: languageLabel(code) })),
        ]}
      />
      <FormTextField control={control} name="email" type="email" label={t('fields.email')} />
      <FormTextField control={control} name="phone" type="tel" label={t('fields.phone')} />
      <fieldset className="field">
        <legend>{t('fields.consent')}</legend>
        <FormCheckboxField control={control} name="mayContact" label={t('fields.mayContact')} />
        <FormCheckboxField control={control} name="mayBeNamed" label={t('fields.mayBeNamed')} />
      </fieldset>
      <FormTextField control={control} name="joinedOn" type="date" label={t('fields.joinedOn')} />
      <FormTextField control={control} name="leftOn" type="date" label={t('fields.leftOn')} />
      <FormTextField control={control} name="notes" label={t('fields.notes')} multiline />
    </FormFrame>
  );
}
