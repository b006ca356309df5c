import { useCallback, useState } from 'react';

/**
 * The redaction hits the coordinator has looked at and accepted, by key: what RedactionPanel ticks
 * and what a generate call sends as confirmedHits.
 */
export function useHitConfirmations() {
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const confirm = useCallback((key: string, isConfirmed: boolean) => {
    setConfirmed((previous) => {
      const next = new Set(previous);
      if (isConfirmed) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);
  return { confirmed, confirm };
}
