import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RedactionHit } from '../../../../shared/domain/report';
import { CheckboxField } from '../../ui/fields';

interface RedactionPanelProps {
  hits: readonly RedactionHit[];
  confirmed: ReadonlySet<string>;
  onConfirm: (key: string, confirmed: boolean) => void;
  onRecheck: () => void;
  /** What the texts are, when they are not a report's narrative. */
  intro?: string;
}

/** Each place a migrant worker's real name appears: the coordinator fixes the text or confirms it. */
export function RedactionPanel({ hits, confirmed, onConfirm, onRecheck, intro }: RedactionPanelProps) {
  const { t } = useTranslation('reports');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="reports-panel">
      <h3 id={headingId}>{t('redactionHeading')}</h3>
      {hits.length === 0 ? (
        <p>{t('redactionNone')}</p>
      ) : (
        <>
          <p>{intro ?? t('redactionIntro')}</p>
          <ul className="reports-hits">
            {hits.map((hit) => (
              <li key={hit.key}>
                <blockquote className="reports-hits__excerpt">{hit.excerpt}</blockquote>
                <CheckboxField
                  label={t('redactionConfirm', { name: hit.matchedText })}
                  checked={confirmed.has(hit.key)}
                  onChange={(checked) => onConfirm(hit.key, checked)}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={onRecheck}>
        {t('recheck')}
      </button>
    </section>
  );
}
