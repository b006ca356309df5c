import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../../shared/contract';

export type WithdrawalOutcomeData = OperationOutput<'members.withdraw'>;

/**
 * What the withdrawal reached: the ledger, how many backups, and plainly what it could not reach,
 * because the coordinator promised the member erasure and must know where details may remain.
 */
export function WithdrawalOutcome({ result }: { result: WithdrawalOutcomeData }) {
  const { t } = useTranslation('memberRegistry');
  const backups = result.backups;
  const problems: string[] = [];
  if (backups?.serverBackups) problems.push(t('withdraw.serverBackups'));
  if (!result.fileCompacted) problems.push(t('withdraw.notCompacted'));
  if (result.registerProblem) problems.push(t('withdraw.notRegistered', { problem: result.registerProblem }));
  for (const folder of backups?.unreachableFolders ?? []) problems.push(t('withdraw.folderUnreachable', { folder }));
  // On a server ledger, every ledger file on this computer dates from before the move to the server.
  const localLedgerFile = backups?.serverBackups ? 'movedFrom' : 'setAside';
  for (const file of backups?.setAside ?? []) {
    if (file.outcome === 'notReached')
      problems.push(t(`withdraw.${localLedgerFile}NotReached`, { name: file.name, problem: file.problem ?? '' }));
  }
  const locked = backups?.locked ?? [];
  const setAsideScrubbed = (backups?.setAside ?? []).filter((file) => file.outcome === 'scrubbed');
  // "No backup held their details" only when every backup was actually looked at.
  const everyBackupReached =
    !!backups && locked.length === 0 && backups.failed.length === 0 && backups.unreachableFolders.length === 0;

  return (
    <div className="member-registry-outcome">
      <p role="status" className="banner member-registry-done">
        {t('withdraw.done', { label: result.label })}{' '}
        {backups === null || (backups.scrubbed === 0 && (backups.serverBackups || !everyBackupReached))
          ? t('withdraw.removedFromLedger')
          : backups.scrubbed === 0
            ? t('withdraw.removedNoBackupHeld')
            : t('withdraw.removedFromBackups', { count: backups.scrubbed })}
        {backups && backups.serverDumpsDeleted > 0 && ` ${t('withdraw.serverCopiesDeleted', { count: backups.serverDumpsDeleted })}`}
        {setAsideScrubbed.map((file) => ` ${t(`withdraw.${localLedgerFile}Scrubbed`, { name: file.name })}`)}
      </p>
      {(problems.length > 0 || locked.length > 0 || (backups && backups.failed.length > 0)) && (
        <div role="alert" className="banner member-registry-outcome-problems">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
          {locked.length > 0 && (
            <>
              <p>{t('withdraw.backupsLocked', { count: locked.length })}</p>
              <ul>
                {locked.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            </>
          )}
          {backups && backups.failed.length > 0 && (
            <>
              <p>{t('withdraw.backupsFailed', { count: backups.failed.length })}</p>
              <ul>
                {backups.failed.map((failure) => (
                  <li key={failure.name}>
                    {failure.name}: {failure.problem}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
