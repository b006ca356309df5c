import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RedactionDocument, RedactionHit } from '../../../../shared/domain/report';
import { CheckboxField } from '../../ui/fields';

interface RedactionHitsPanelProps {
  /** The document checked: names the panel, since the page can hold one per document. */
  document: RedactionDocument;
  hits: readonly RedactionHit[];
  confirmed: ReadonlySet<string>;
  onConfirm: (key: string, confirmed: boolean) => void;
  onRecheck: () => void;
  /** What the texts are, when they are not a report's narrative. */
  intro?: string;
}

/**
 * Each place a migrant worker's real name appears in a document's free text, with the document and
 * the field it is in: the coordinator fixes the text there or confirms it.
 */
export function RedactionHitsPanel({ document, hits, confirmed, onConfirm, onRecheck, intro }: RedactionHitsPanelProps) {
  const { t } = useTranslation('reports');
  const headingId = useId();
  const place = (hit: RedactionHit) =>
    t(hit.where ? 'redactionWhereIn' : 'redactionWhere', {
      document: t(`redactionDocuments.${hit.document}`),
      field: t(`redactionFields.${hit.field}`),
      where: hit.where,
    });
  return (
    <section aria-labelledby={headingId} className="reports-panel">
      <h3 id={headingId}>{t('redactionHeading', { document: t(`redactionDocuments.${document}`) })}</h3>
      {hits.length === 0 ? (
        <p>{t('redactionNone')}</p>
      ) : (
        <>
          <p>{intro ?? t('redactionIntro')}</p>
          <ul className="reports-hits">
            {hits.map((hit) => (
              <li key={hit.key}>
                <p className="reports-hits__where">{place(hit)}</p>
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
