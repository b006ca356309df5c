import { useTranslation } from 'react-i18next';
import { todayIsoDate } from '../../../../shared/domain/dates';
import { amendmentDraftSchema, type Minutes } from '../../../../shared/domain/minutes';
import { FormFrame } from '../../forms/form-frame';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { useContractForm } from '../../forms/use-contract-form';
import { formatIsoDate } from '../../i18n/format';
import { useAmendMinutes } from './meeting-queries';

type AmendmentValues = { amendedOn: string; sectionId: string; reason: string; text: string };

/** Amendments sit beside the approved original; they never rewrite it. */
export function AmendmentsPanel({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation('minutes');
  const amend = useAmendMinutes();
  const today = todayIsoDate();
  const form = useContractForm({
    schema: amendmentDraftSchema,
    toInput: (values: AmendmentValues) => ({ ...values, sectionId: values.sectionId === '' ? null : Number(values.sectionId) }),
    // An amendment cannot predate the approval, so the default never does either.
    defaultValues: { amendedOn: minutes.approvedOn && minutes.approvedOn > today ? minutes.approvedOn : today, sectionId: '', reason: '', text: '' },
  });
  const headingOf = (id: number | null) => minutes.sections.find((section) => section.id === id)?.heading;

  return (
    <section aria-labelledby="amendments-title">
      <h3 id="amendments-title">{t('amendments')}</h3>
      {minutes.amendments.length === 0 ? (
        <p>{t('noAmendments')}</p>
      ) : (
        <ul className="minutes-amendments" data-testid="amendments">
          {minutes.amendments.map((amendment) => (
            <li key={amendment.id}>
              <strong>{formatIsoDate(amendment.amendedOn)}</strong>
              {amendment.sectionId !== null && <> · {headingOf(amendment.sectionId)}</>} — {amendment.text}
              <br />
              <span className="muted">{t('amendmentReason', { reason: amendment.reason })}</span>
            </li>
          ))}
        </ul>
      )}
      <FormFrame
        form={form}
        onSubmit={(amendment) => amend.mutateAsync({ minutesId: minutes.id, amendment })}
        error={amend.error}
        issuePrefix="amendment"
        submitLabel={t('addAmendment')}
        busy={amend.isPending}
        label={t('addAmendment')}
        afterSave="clear"
      >
        <FormTextField control={form.control} name="amendedOn" type="date" label={t('amendedOn')} />
        <FormSelectField
          control={form.control}
          name="sectionId"
          label={t('amendedSection')}
          options={[
            { value: '', label: t('wholeMinutes') },
            ...minutes.sections.map((section) => ({ value: String(section.id), label: section.heading })),
          ]}
        />
        <FormTextField control={form.control} name="reason" label={t('amendmentReasonLabel')} />
        <FormTextField control={form.control} name="text" label={t('amendmentText')} multiline />
      </FormFrame>
    </section>
  );
}
