import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RedactionHit } from '../../../../shared/domain/report';

/** A read that found places naming migrant workers: a report's check, or a meeting's notices. */
export interface RedactionCheck {
  data?: { hits: readonly RedactionHit[] } | undefined;
  isPending: boolean;
  refetch: () => unknown;
}

/**
 * The coordinator's review of the names a redaction check found: which places they confirmed, and
 * why a document cannot be generated yet (still checking, or names left to look at).
 */
export function useRedactionReview(check: RedactionCheck) {
  const { t } = useTranslation('reports');
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const confirm = useCallback(
    (key: string, isConfirmed: boolean) =>
      setConfirmed((previous) => {
        const next = new Set(previous);
        if (isConfirmed) next.add(key);
        else next.delete(key);
        return next;
      }),
    [],
  );
  const hits = check.data?.hits ?? [];
  const open = hits.filter((hit) => !confirmed.has(hit.key)).length;
  return {
    hits,
    confirmed,
    confirmedHits: [...confirmed],
    confirm,
    recheck: () => void check.refetch(),
    blockedBy: check.isPending ? t('checking') : open > 0 ? t('blockedNames', { count: open }) : null,
  };
}

export type RedactionReview = ReturnType<typeof useRedactionReview>;
