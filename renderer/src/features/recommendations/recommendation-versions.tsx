import { diffWords } from 'diff';
import { useTranslation } from 'react-i18next';
import type { RecommendationVersion } from '../../../../shared/domain/recommendation';

/** The words one version removed and added against the one before, as jsdiff finds them. */
function Changes({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation('motions');
  return (
    <p className="notes version-changes">
      {diffWords(before, after).map((part, index) => {
        if (part.removed) {
          return (
            <del key={index} title={t('versions.removed')}>
              {part.value}
            </del>
          );
        }
        if (part.added) {
          return (
            <ins key={index} title={t('versions.added')}>
              {part.value}
            </ins>
          );
        }
        return <span key={index}>{part.value}</span>;
      })}
    </p>
  );
}

/**
 * Every wording the recommendation has had, newest first: when, how (drafted, revised, amended by a
 * vote, restored by a vote's correction) and what changed from the version before.
 */
export function RecommendationVersions({ versions }: { versions: readonly RecommendationVersion[] }) {
  const { t } = useTranslation('motions');
  if (versions.length < 2) return null;
  const newestFirst = versions.map((version, index) => ({ version, before: versions[index - 1] })).reverse();
  return (
    <section aria-labelledby="recommendation-versions-title" data-testid="recommendation-versions">
      <h2 id="recommendation-versions-title">{t('versions.title')}</h2>
      <ol className="recommendation-versions" reversed>
        {newestFirst.map(({ version, before }, index) => (
          <li key={version.number}>
            <strong>{t('versions.number', { number: version.number })}</strong>
            {index === 0 && <span className="tag">{t('versions.current')}</span>}{' '}
            {t(`versions.${version.source}`, { on: version.madeOn, meeting: version.meetingTitle ?? '' })}
            {before ? (
              <>
                <p className="muted">{t('versions.changes')}</p>
                <Changes before={before.text} after={version.text} />
              </>
            ) : (
              <p className="notes">{version.text}</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
