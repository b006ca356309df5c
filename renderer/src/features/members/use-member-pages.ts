import { useCallback, useEffect, useRef, useState } from 'react';
import type { MemberSummary } from '../../../../shared/domain/member';
import type { OperationInput } from '../../../../shared/contract';
import { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { toAppError } from '../../api/to-app-error';

export const pageSize = 100;
type Filters = Omit<OperationInput<'members.list'>, 'offset' | 'limit'>;

export interface MemberPages {
  total: number | undefined;
  error: AppError | undefined;
  /** The member at a row, or undefined while its page is loading (and asks for it). */
  rowAt(index: number): MemberSummary | undefined;
}

/**
 * Loads the members list a page at a time as rows scroll into view, so 20,000 members cost
 * only the pages actually looked at. Changing a filter starts over.
 */
export function useMemberPages(filters: Filters): MemberPages {
  const key = JSON.stringify(filters);
  const [total, setTotal] = useState<number>();
  const [error, setError] = useState<AppError>();
  const [, setVersion] = useState(0);
  const pagesRef = useRef(new Map<number, MemberSummary[]>());
  const requestedRef = useRef(new Set<number>());
  const keyRef = useRef(key);

  const loadPage = useCallback((page: number, forKey: string) => {
    if (requestedRef.current.has(page)) return;
    requestedRef.current.add(page);
    call('members.list', { ...(JSON.parse(forKey) as Filters), offset: page * pageSize, limit: pageSize }).then(
      (result) => {
        if (keyRef.current !== forKey) return;
        pagesRef.current.set(page, result.items);
        setTotal(result.total);
        setVersion((value) => value + 1);
      },
      (caught: unknown) => {
        requestedRef.current.delete(page);
        if (keyRef.current === forKey) setError(toAppError(caught));
      },
    );
  }, []);

  useEffect(() => {
    keyRef.current = key;
    pagesRef.current = new Map();
    requestedRef.current = new Set();
    setError(undefined);
    setTotal(undefined);
    loadPage(0, key);
  }, [key, loadPage]);

  return {
    total,
    error,
    rowAt(index) {
      const page = Math.floor(index / pageSize);
      const rows = pagesRef.current.get(page);
      if (!rows) {
        queueMicrotask(() => loadPage(page, keyRef.current));
        return undefined;
      }
      return rows[index % pageSize];
    },
  };
}
