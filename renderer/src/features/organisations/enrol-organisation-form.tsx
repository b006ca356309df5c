import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import { todayIsoDate } from '../../../../shared/domain/dates';
import { FormFrame } from '../../forms/form-frame';
import { FormTextField } from '../../forms/form-fields';
import { useContractForm } from '../../forms/use-contract-form';
import { useEnrolOrganisation } from './organisation-queries';

export function EnrolOrganisationForm({ organisationId }: { organisationId: number }) {
  const { t } = useTranslation('organisations');
  const enrol = useEnrolOrganisation();
  const form = useContractForm({
    schema: contract['organisations.enrolAsMember'].input,
    toInput: (values: { joinedOn: string }) => ({ id: organisationId, joinedOn: values.joinedOn }),
    defaultValues: { joinedOn: todayIsoDate() },
  });
  return (
    <section aria-labelledby="enrol-title" className="card">
      <h2 id="enrol-title">{t('enrol.title')}</h2>
      <FormFrame
        form={form}
        onSubmit={(input) => enrol.mutateAsync(input)}
        error={enrol.error}
        submitLabel={t('enrol.submit')}
        busy={enrol.isPending}
        label={t('enrol.title')}
      >
        <FormTextField control={form.control} name="joinedOn" type="date" label={t('enrol.joinedOn')} />
      </FormFrame>
    </section>
  );
}
