import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../../shared/contract';
import { hrefFor } from '../../app/routes';
import { RejectsDownload } from './rejects-download';

/** What the import wrote, and the rows it set aside, to download and fix. */
export function ImportDone({
  result,
  jobId,
  onStartOver,
}: {
  result: OperationOutput<'imports.commit'>;
  jobId: string;
  onStartOver: () => void;
}) {
  const { t } = useTranslation('imports');
  return (
    <div className="banner banner--success" role="status">
      <p>
        {t('done.title')} {t('done.created', { count: result.created })} {t('done.updated', { count: result.updated })}{' '}
        {t('done.skipped', { count: result.skipped })}
      </p>
      {result.aliasesGiven > 0 && <p>{t('done.aliases', { count: result.aliasesGiven })}</p>}
      {result.rejected > 0 && <p>{t('done.rejected', { count: result.rejected })}</p>}
      <div className="actions">
        {result.rejected > 0 && <RejectsDownload jobId={jobId} count={result.rejected} />}
        <a className="button button--primary" href={hrefFor('members')}>
          {t('viewMembers')}
        </a>
        <button type="button" onClick={onStartOver}>
          {t('startOver')}
        </button>
      </div>
    </div>
  );
}
