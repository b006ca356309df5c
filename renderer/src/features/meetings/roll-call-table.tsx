import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { presences, type Presence, type RollCallEntry } from '../../../../shared/domain/attendance';
import { TextField } from '../../ui/fields';
import { languageOptions } from '../members/language-labels';

/** A plenary can expect thousands of members; the table shows a filtered window of them. */
const rowsShown = 200;

export function RollCallTable({
  entries,
  onMark,
  onLanguage,
}: {
  entries: readonly RollCallEntry[];
  onMark: (memberId: number, presence: Presence) => void;
  onLanguage: (memberId: number, code: string) => void;
}) {
  const { t } = useTranslation('meetings');
  const [filter, setFilter] = useState('');
  const deferred = useDeferredValue(filter.trim().toLowerCase());
  const matching = deferred ? entries.filter((entry) => entry.name.toLowerCase().includes(deferred)) : entries;
  const shown = matching.slice(0, rowsShown);
  const languages = languageOptions();

  return (
    <>
      {entries.length > 20 && (
        <TextField label={t('rollCall.filter')} type="search" value={filter} onChange={setFilter} />
      )}
      {matching.length > shown.length && (
        <p className="muted" role="status">
          {t('rollCall.showing', { shown: shown.length, total: matching.length })}
        </p>
      )}
      <table className="meetings-table">
        <caption className="meetings-visually-hidden">{t('rollCall.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rollCall.name')}</th>
            <th scope="col">{t('rollCall.category')}</th>
            <th scope="col">{t('rollCall.presence')}</th>
            <th scope="col">{t('rollCall.interpretation')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((entry) => (
            <tr key={entry.memberId} data-testid="roll-call-row">
              <th scope="row">
                {entry.name}
                {entry.isAlias && <span className="tag">{t('alias')}</span>}
                {!entry.expected && <span className="tag">{t('rollCall.added')}</span>}
              </th>
              <td>{t(`common:categories.${entry.category}`)}</td>
              <td>
                <select
                  aria-label={t('rollCall.presenceFor', { name: entry.name })}
                  value={entry.presence}
                  onChange={(event) => onMark(entry.memberId, event.target.value as Presence)}
                >
                  {presences.map((presence) => (
                    <option key={presence} value={presence}>
                      {t(`presences.${presence}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select
                  aria-label={t('rollCall.interpretationFor', { name: entry.name })}
                  value={entry.interpretationLanguage ?? ''}
                  onChange={(event) => onLanguage(entry.memberId, event.target.value)}
                >
                  <option value="">{t('rollCall.noInterpretation')}</option>
                  {languages.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
