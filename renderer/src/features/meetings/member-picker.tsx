import { useDeferredValue, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameOnAgenda } from '../../../../shared/domain/worker-safe-name';
import type { MemberSummary } from '../../../../shared/domain/member';
import { call } from '../../api/client';

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
  const deferred = useDeferredValue(search);
  const [options, setOptions] = useState<MemberSummary[]>([]);

  useEffect(() => {
    if (deferred.trim().length < 2) {
      setOptions([]);
      return;
    }
    let current = true;
    call('members.list', { search: deferred, active: 'all', limit: 20 }).then(
      // A withdrawn member can no longer attend, present, speak or own an action: never offered.
      (result) => current && setOptions(result.items.filter((member) => member.withdrawnAt === null)),
      () => current && setOptions([]),
    );
    return () => {
      current = false;
    };
  }, [deferred]);

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
            aria-describedby={`${id}-hint`}
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
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
