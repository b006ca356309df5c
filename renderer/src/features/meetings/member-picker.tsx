import { useDeferredValue, useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useController, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { nameOnAgenda } from '../../../../shared/domain/worker-safe-name';
import type { MemberSummary } from '../../../../shared/domain/member';
import { sortByName } from '../../i18n/collator';
import { memberQueries } from '../members/member-queries';

export interface PickedMember {
  id: number;
  name: string;
}

/** The name a picker shows: migrant workers by alias, as on the agenda. */
export function pickerName(member: MemberSummary): string {
  return nameOnAgenda({ ...member, mayBeNamed: false }).name;
}

/**
 * Finds a member by typing part of a name or alias (the ledger may hold thousands),
 * then choosing from a short list. Works with the keyboard alone.
 */
export function MemberPicker({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: PickedMember | null;
  onChange: (member: PickedMember | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation('meetings');
  const id = useId();
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const matches = useQuery({
    ...memberQueries.list({ search: deferred, active: 'all', limit: 20 }),
    enabled: deferred.length >= 2,
  });
  // A withdrawn member can no longer attend, present, speak or own an action: never offered.
  const options =
    deferred.length >= 2
      ? sortByName((matches.data?.items ?? []).filter((member) => member.withdrawnAt === null), pickerName)
      : [];

  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={`${id}-search`}>{label}</label>
      {value ? (
        <div className="meetings-picker__chosen">
          <span>{value.name}</span>
          <button type="button" onClick={() => onChange(null)} aria-label={t('picker.clear', { name: value.name })}>
            {t('picker.change')}
          </button>
        </div>
      ) : (
        <>
          <input
            id={`${id}-search`}
            type="search"
            value={search}
            placeholder={t('picker.placeholder')}
            aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={!!error}
            onChange={(event) => setSearch(event.target.value)}
          />
          <p id={`${id}-hint`} className="field__hint">
            {t('picker.hint')}
          </p>
          {options.length > 0 && (
            <ul className="meetings-picker__options" aria-label={t('picker.results')}>
              {options.map((member) => (
                <li key={member.id}>
                  <button
                    type="button"
                    onClick={() => {
                      onChange({ id: member.id, name: pickerName(member) });
                      setSearch('');
                    }}
                  >
                    {pickerName(member)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The picker as a react-hook-form field, its error under it. */
export function FormMemberPicker<Values extends FieldValues>({
  control,
  name,
  label,
}: {
  control: Control<Values, unknown, unknown>;
  name: FieldPathByValue<Values, PickedMember | null>;
  label: string;
}) {
  const { field, fieldState } = useController({ control, name });
  return (
    <MemberPicker
      label={label}
      value={field.value as PickedMember | null}
      onChange={field.onChange}
      error={fieldState.error?.message}
    />
  );
}
