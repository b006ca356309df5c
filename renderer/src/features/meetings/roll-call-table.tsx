import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { presences, type Presence, type RollCallEntry } from '../../../../shared/domain/attendance';
import { sortByName } from '../../i18n/collator';
import { DataTable } from '../../ui/data-table';
import { TextField } from '../../ui/fields';
import { Tag } from '../../ui/tag';
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
  const { t, i18n } = useTranslation('meetings');
  const [filter, setFilter] = useState('');
  const deferred = useDeferredValue(filter.trim().toLowerCase());
  const sorted = useMemo(() => sortByName(entries, (entry) => entry.name, i18n.language), [entries, i18n.language]);
  const matching = deferred ? sorted.filter((entry) => entry.name.toLowerCase().includes(deferred)) : sorted;
  const shown = matching.slice(0, rowsShown);
  const languages = languageOptions();

  return (
    <>
      {entries.length > 20 && <TextField label={t('rollCall.filter')} type="search" value={filter} onChange={setFilter} />}
      {matching.length > shown.length && (
        <p className="muted" role="status">
          {t('rollCall.showing', { shown: shown.length, total: matching.length })}
        </p>
      )}
      <DataTable<RollCallEntry>
        caption={t('rollCall.title')}
        rows={shown}
        rowKey={(entry) => entry.memberId}
        rowTestId="roll-call-row"
        columns={[
          {
            key: 'name',
            header: t('rollCall.name'),
            rowHeader: true,
            cell: (entry) => (
              <>
                {entry.name}
                {entry.isAlias && <Tag>{t('alias')}</Tag>}
                {!entry.expected && <Tag>{t('rollCall.added')}</Tag>}
              </>
            ),
          },
          { key: 'category', header: t('rollCall.category'), cell: (entry) => t(`common:categories.${entry.category}`) },
          {
            key: 'presence',
            header: t('rollCall.presence'),
            cell: (entry) => (
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
            ),
          },
          {
            key: 'interpretation',
            header: t('rollCall.interpretation'),
            cell: (entry) => (
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
            ),
          },
        ]}
      />
    </>
  );
}
