import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RollCall } from '../../../../shared/domain/attendance';
import { stakeholderCategories, type StakeholderCategory } from '../../../../shared/domain/stakeholder-categories';
import { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { SelectField, TextField } from '../../ui/fields';
import { toAppError } from '../../api/to-app-error';

/** Guests who are not members are only counted, by category: no names are kept. */
export function GuestCounts({
  meetingId,
  guests,
  onSaved,
}: {
  meetingId: number;
  guests: RollCall['guests'];
  onSaved: (rollCall: RollCall) => void;
}) {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const [category, setCategory] = useState<StakeholderCategory>('other_civil_society');
  const [count, setCount] = useState('0');
  const [error, setError] = useState<AppError>();

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      onSaved(await call('meetings.rollCall.setGuests', { meetingId, category, count: Number(count) }));
    } catch (caught) {
      setError(toAppError(caught));
    }
  }

  return (
    <form className="meetings-guests" onSubmit={save} noValidate aria-labelledby="guests-title">
      <h3 id="guests-title">{t('rollCall.guestsTitle')}</h3>
      {guests.length > 0 && (
        <ul>
          {guests.map((guest) => (
            <li key={guest.category}>
              {tc(`categories.${guest.category}`)}: {guest.count}
            </li>
          ))}
        </ul>
      )}
      <SelectField
        label={t('rollCall.category')}
        value={category}
        onChange={(value) => {
          setCategory(value);
          setCount(String(guests.find((guest) => guest.category === value)?.count ?? 0));
        }}
        options={stakeholderCategories.map((value) => ({ value, label: tc(`categories.${value}`) }))}
      />
      <TextField
        label={t('rollCall.guestCount')}
        type="number"
        value={count}
        onChange={setCount}
        error={error?.issueFor('count')}
      />
      <button type="submit">{t('rollCall.saveGuests')}</button>
    </form>
  );
}
