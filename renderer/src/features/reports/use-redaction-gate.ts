import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RedactionHit } from '../../../../shared/domain/report';

/**
 * Holds a shared document back until every migrant worker's name found in its text is confirmed
 * (or the text changed): the hits, the ones confirmed so far, and why generating is blocked.
 */
export function useRedactionGate(redaction: { data?: { hits: readonly RedactionHit[] } | undefined; isPending: boolean }) {
  const { t } = useTranslation('reports');
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const hits = redaction.data?.hits ?? [];
  const open = hits.filter((hit) => !confirmed.has(hit.key)).length;
  const blockedBy = redaction.isPending ? t('checking') : open > 0 ? t('blockedNames', { count: open }) : null;
  const confirm = useCallback((key: string, isConfirmed: boolean) => {
    setConfirmed((previous) => {
      const next = new Set(previous);
      if (isConfirmed) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);
  return { hits, confirmed, confirm, blockedBy };
}
