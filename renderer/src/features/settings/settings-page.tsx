import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { applyUiLanguage, currentUiLanguage, type UiLanguage } from '../../i18n';
import { ErrorBanner } from '../../ui/error-banner';
import { SelectField } from '../../ui/fields';
import { QuorumRuleSettings } from '../meetings/quorum-rule-settings';
import { NetworkNameSetting } from '../reports/network-name-setting';
import { ThresholdSetting } from '../reports/threshold-setting';
import { hrefFor } from '../../app/routes';
import { AuditLogPanel } from './audit-log-panel';
import { BackupsPanel } from './backups-panel';
import { LedgerServerForm } from './ledger-server-form';
import { settingsQueries, useSaveUiLanguage } from './settings-queries';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const status = useQuery(settingsQueries.status());
  const saveLanguage = useSaveUiLanguage();

  // The app changes language at once; the choice is kept in the data folder for the next sessions.
  function chooseLanguage(language: UiLanguage) {
    applyUiLanguage(language);
    saveLanguage.mutate({ uiLanguage: language });
  }

  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{t('title')}</h1>
      <SelectField<UiLanguage>
        label={t('language')}
        value={currentUiLanguage()}
        options={[
          { value: 'en', label: 'English' },
          { value: 'fr', label: 'Français' },
        ]}
        onChange={chooseLanguage}
      />
      <ErrorBanner error={saveLanguage.error} />
      <QuorumRuleSettings />
      <h2>{t('notices')}</h2>
      <p>
        <a href={hrefFor('meetings', 'notice-texts')}>{t('noticeTexts')}</a>
      </p>
      <NetworkNameSetting />
      <ThresholdSetting />
      <h2>{t('ledger')}</h2>
      <ErrorBanner error={status.error} onRetry={() => void status.refetch()} />
      {status.data && (
        <dl className="facts">
          <dt>{t('dataDir')}</dt>
          <dd>{status.data.dataDir}</dd>
          <dt>{t('engine')}</dt>
          <dd>{status.data.engine === 'postgres' ? t('enginePostgres') : t('engineSqlite')}</dd>
          <dt>{status.data.engine === 'postgres' ? t('ledgerServer') : t('ledgerFile')}</dt>
          <dd>{status.data.ledgerPath}</dd>
          {status.data.signedInAs && (
            <>
              <dt>{t('signedInAs')}</dt>
              <dd>{status.data.signedInAs}</dd>
            </>
          )}
          <dt>{t('schema')}</dt>
          <dd>{status.data.schemaVersion}</dd>
        </dl>
      )}
      <LedgerServerForm />
      <BackupsPanel />
      <AuditLogPanel />
    </section>
  );
}
