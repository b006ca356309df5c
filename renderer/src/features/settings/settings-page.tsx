import { useTranslation } from 'react-i18next';
import { useOperation } from '../../api/use-operation';
import { SelectField } from '../../ui/fields';
import { ErrorBanner } from '../../ui/error-banner';
import { BackupsPanel } from './backups-panel';
import { AuditLogPanel } from './audit-log-panel';
import { changeUiLanguage, currentUiLanguage, type UiLanguage } from '../../i18n';
import { QuorumRuleSettings } from '../meetings/quorum-rule-settings';
import { ThresholdSetting } from '../reports/threshold-setting';
import { hrefFor } from '../../app/routes';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const status = useOperation('ledger.status', {});
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
        onChange={changeUiLanguage}
      />
      <QuorumRuleSettings />
      <h2>{t('notices')}</h2>
      <p>
        <a href={hrefFor('meetings', 'notice-texts')}>{t('noticeTexts')}</a>
      </p>
      <ThresholdSetting />
      <h2>{t('ledger')}</h2>
      <ErrorBanner error={status.error} onRetry={status.reload} />
      {status.data && (
        <dl className="facts">
          <dt>{t('dataDir')}</dt>
          <dd>{status.data.dataDir}</dd>
          <dt>{t('ledgerFile')}</dt>
          <dd>{status.data.ledgerPath}</dd>
          <dt>{t('schema')}</dt>
          <dd>{status.data.schemaVersion}</dd>
        </dl>
      )}
      <BackupsPanel />
      <AuditLogPanel />
    </section>
  );
}
