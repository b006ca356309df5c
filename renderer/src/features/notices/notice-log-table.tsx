import { useTranslation } from 'react-i18next';
import { languageName } from '../../../../shared/domain/languages';
import type { NoticeLogEntry } from '../../../../shared/domain/notices';
import { currentUiLanguage } from '../../i18n';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { DataTable } from '../../ui/data-table';

/** When notices were prepared, for which languages and how many members. */
export function NoticeLogTable({ log }: { log: readonly NoticeLogEntry[] }) {
  const { t } = useTranslation('notices');
  const ui = currentUiLanguage();
  return (
    <>
      <h3>{t('log.heading')}</h3>
      {log.length === 0 ? (
        <p>{t('log.empty')}</p>
      ) : (
        <DataTable
          caption={t('log.caption')}
          compact
          testId="notice-log"
          rows={log}
          rowKey={(entry) => entry.id}
          columns={[
            { key: 'at', header: t('log.preparedAt'), rowHeader: true, cell: (entry) => formatDateTime(entry.preparedAt, ui) },
            { key: 'purpose', header: t('log.purpose'), cell: (entry) => t(`log.${entry.purpose}`) },
            {
              key: 'languages',
              header: t('log.languages'),
              cell: (entry) =>
                entry.languages
                  .map((group) => t('log.languageCount', { name: languageName(group.language, ui), count: group.recipients }))
                  .join(', '),
            },
            { key: 'recipients', header: t('log.recipients'), cell: (entry) => formatNumber(entry.recipients, ui) },
            { key: 'notReached', header: t('log.notReached'), cell: (entry) => formatNumber(entry.notReached, ui) },
          ]}
        />
      )}
    </>
  );
}
