import { useQuery } from '@tanstack/react-query';
import { useFieldArray, useFormState, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { partyRoles } from '../../../../shared/domain/funding/codes';
import { FormSelectField } from '../../forms/form-fields';
import { sortByName } from '../../i18n/collator';
import { organisationQueries } from '../organisations/organisation-queries';
import type { AgreementFormValues } from './agreement-form-state';

/** The agreement's organisations, each with its role: rows added and removed in place. */
export function PartiesEditor({ control }: { control: Control<AgreementFormValues, unknown, unknown> }) {
  const { t } = useTranslation('funding');
  const organisations = useQuery(organisationQueries.list({ search: '' }));
  const { fields, append, remove } = useFieldArray({ control, name: 'parties' });
  const { errors } = useFormState({ control, name: 'parties' });
  const listError = errors.parties?.message ?? errors.parties?.root?.message;
  const options = [
    { value: '', label: t('parties.choose') },
    ...sortByName(organisations.data?.items ?? [], (organisation) => organisation.name).map((organisation) => ({
      value: String(organisation.id),
      label: organisation.name,
    })),
  ];
  const roles = partyRoles.map((value) => ({ value, label: t(`roles.${value}`) }));

  return (
    <fieldset className="funding-parties">
      <legend>{t('parties.title')}</legend>
      <p className="field__hint">{t('parties.hint')}</p>
      {listError && (
        <p className="field__error" role="alert">
          {listError}
        </p>
      )}
      {fields.map((field, index) => (
        <div key={field.id} className="funding-parties__row" data-testid="party-row">
          <FormSelectField control={control} name={`parties.${index}.organisationId`} label={t('parties.organisation', { number: index + 1 })} options={options} />
          <FormSelectField control={control} name={`parties.${index}.role`} label={t('parties.role', { number: index + 1 })} options={roles} />
          {fields.length > 1 && (
            <button type="button" onClick={() => remove(index)}>
              {t('parties.remove', { number: index + 1 })}
            </button>
          )}
        </div>
      ))}
      <button type="button" onClick={() => append({ organisationId: '', role: 'partner' })}>
        {t('parties.add')}
      </button>
    </fieldset>
  );
}
