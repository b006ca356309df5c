import { useTranslation } from 'react-i18next';
import { consentDraftSchema, consentMethods, consentScopes, type ConsentDraftInput, type ConsentEntry } from '../../../../shared/domain/consent';
import { todayIsoDate } from '../../../../shared/domain/dates';
import { FormFrame } from '../../forms/form-frame';
import { FormCheckboxField, FormSelectField, FormTextField } from '../../forms/form-fields';
import { useContractForm } from '../../forms/use-contract-form';
import { useRecordConsent } from '../members/member-queries';

type ConsentValues = Omit<ConsentDraftInput, 'note'> & { note: string };

/** Records a new entry, starting from the consent in force; the register keeps the old one. */
export function ConsentForm({ memberId, current, onDone }: { memberId: number; current: ConsentEntry | undefined; onDone: () => void }) {
  const { t } = useTranslation('memberRegistry');
  const record = useRecordConsent();
  const form = useContractForm({
    schema: consentDraftSchema,
    toInput: (values: ConsentValues) => values,
    defaultValues: {
      mayContact: current?.mayContact ?? false,
      mayBeNamed: current?.mayBeNamed ?? false,
      testimonyMayBeRecorded: current?.testimonyMayBeRecorded ?? false,
      mayAppearInPhotos: current?.mayAppearInPhotos ?? false,
      givenOn: todayIsoDate(),
      method: 'signed_form',
      note: '',
    },
  });
  return (
    <section aria-labelledby="consent-form-title" className="card">
      <h3 id="consent-form-title">{t('consent.record')}</h3>
      <FormFrame
        form={form}
        onSubmit={async (consent) => {
          await record.mutateAsync({ memberId, consent });
          onDone();
        }}
        error={record.error}
        issuePrefix="consent"
        submitLabel={t('consent.save')}
        busy={record.isPending}
        cancel={{ onClick: onDone }}
        label={t('consent.record')}
      >
        <fieldset className="field">
          <legend>{t('consent.consentsTo')}</legend>
          {consentScopes.map((scope) => (
            <FormCheckboxField key={scope} control={form.control} name={scope} label={t(`consent.scopes.${scope}`)} />
          ))}
        </fieldset>
        <FormTextField control={form.control} name="givenOn" type="date" label={t('consent.givenOn')} />
        <FormSelectField
          control={form.control}
          name="method"
          label={t('consent.method')}
          options={consentMethods.map((value) => ({ value, label: t(`consent.methods.${value}`) }))}
        />
        <FormTextField control={form.control} name="note" label={t('consent.note')} />
        <p className="field__hint">{t('consent.historyKept')}</p>
      </FormFrame>
    </section>
  );
}
