import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProvinceCode } from '../../../../shared/domain/provinces';
import { call } from '../../api/client';
import { useFileDownload } from '../../api/use-file-download';
import { currentUiLanguage } from '../../i18n';
import { PersonalDataDialog } from '../../ui/personal-data-dialog';
import { ProvinceFilter } from '../../ui/province-filter';

/**
 * The roster export, behind a modal warning that the workbook holds personal data. It offers the
 * members list's province first (a provincial coordinator's usual scope); every province otherwise.
 */
export function ExportRosterButton({ listProvince = '' }: { listProvince?: ProvinceCode | '' }) {
  const { t } = useTranslation('rosterExport');
  const download = useFileDownload<Awaited<ReturnType<typeof call<'roster.exportXlsx'>>>>();
  const [province, setProvince] = useState<ProvinceCode | ''>(listProvince);

  return (
    <>
      <PersonalDataDialog
        opener={t('button')}
        title={t('dialogTitle')}
        warning={t('warning')}
        advice={t('advice')}
        confirm={t('confirm')}
        busyLabel={t('exporting')}
        busy={download.working}
        error={download.error}
        onOpen={() => setProvince(listProvince)}
        onConfirm={(close) =>
          download.run('Excel', () =>
            call('roster.exportXlsx', { personalDataWarningAccepted: true, language: currentUiLanguage(), province: province || null }).then((file) => {
              close();
              return file;
            }),
          )
        }
      >
        <div className="personal-data-dialog__choices">
          <ProvinceFilter value={province} onChange={setProvince} label={t('province')} />
        </div>
      </PersonalDataDialog>
      {download.file && !download.working && (
        <p role="status" className="roster-export__done">
          {t('done', { count: download.file.memberCount, fileName: download.file.fileName })}
        </p>
      )}
    </>
  );
}
