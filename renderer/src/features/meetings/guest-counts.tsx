import { useEffect } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import type { RollCall } from '../../../../shared/domain/attendance';
import { stakeholderCategories, type StakeholderCategory } from '../../../../shared/domain/stakeholder-categories';
import { FormFrame } from '../../forms/form-frame';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { numberFromInput } from '../../forms/number-input';
import { useContractForm } from '../../forms/use-contract-form';
import { formatNumber } from '../../i18n/format';
import { useSetGuests } from './meeting-queries';

type GuestValues = { category: StakeholderCategory; count: string };

/** Guests who are not members are only counted, by category: no names are kept. */
export function GuestCounts({ meetingId, guests }: { meetingId: number; guests: RollCall['guests'] }) {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const save = useSetGuests();
  const countOf = (category: StakeholderCategory) => String(guests.find((guest) => guest.category === category)?.count ?? 0);
  const form = useContractForm({
    schema: contract['meetings.rollCall.setGuests'].input,
    toInput: (values: GuestValues) => ({ meetingId, category: values.category, count: numberFromInput(values.count) }),
    defaultValues: { category: 'other_civil_society', count: countOf('other_civil_society') },
  });
  const category = useWatch({ control: form.control, name: 'category' });
  const recorded = countOf(category);
  // Choosing a category shows how many of its guests are already recorded.
  useEffect(() => form.setValue('count', recorded), [recorded, category, form]);

  return (
    <section aria-labelledby="guests-title" className="meetings-guests">
      <h3 id="guests-title">{t('rollCall.guestsTitle')}</h3>
      {guests.length > 0 && (
        <ul>
          {guests.map((guest) => (
            <li key={guest.category}>
              {tc(`categories.${guest.category}`)}: {formatNumber(guest.count)}
            </li>
          ))}
        </ul>
      )}
      <FormFrame
        form={form}
        onSubmit={(input) => save.mutateAsync(input)}
        error={save.error}
        submitLabel={t('rollCall.saveGuests')}
        busy={save.isPending}
        label={t('rollCall.guestsTitle')}
        className="meetings-guests__form"
      >
        <FormSelectField
          control={form.control}
          name="category"
          label={t('rollCall.category')}
          options={stakeholderCategories.map((value) => ({ value, label: tc(`categories.${value}`) }))}
        />
        <FormTextField control={form.control} name="count" type="number" label={t('rollCall.guestCount')} />
      </FormFrame>
    </section>
  );
}
