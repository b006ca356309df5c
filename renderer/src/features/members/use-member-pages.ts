import { useCallback, useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { MemberSummary } from '../../../../shared/domain/member';
import type { OperationInput } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { memberQueries } from './member-queries';

export const pageSize = 100;
type Filters = Omit<OperationInput<'members.list'>, 'offset' | 'limit'>;

export interface MemberPages {
  total: number | undefined;
  error: AppError | undefined;
  /** The member at a row, or undefined while its page is loading (and asks for it). */
  rowAt(index: number): MemberSummary | undefined;
}

/**
 * Loads the members list a page at a time as rows scroll into view, so 20,000 members cost only the
 * pages actually looked at. Each page is a query keyed by the filters and its offset: changing a
 * filter asks for new pages, and the answers of abandoned ones are cancelled or dropped.
 */
export function useMemberPages(filters: Filters): MemberPages {
  const key = JSON.stringify(filters);
  const [wanted, setWanted] = useState<{ key: string; pages: number[] }>({ key, pages: [0] });
  const pages = wanted.key === key ? wanted.pages : [0];
  const results = useQueries({
    queries: pages.map((page) => memberQueries.list({ ...filters, offset: page * pageSize, limit: pageSize })),
  });
  const want = useCallback(
    (page: number) =>
      setWanted((previous) => {
        const current = previous.key === key ? previous.pages : [0];
        return current.includes(page) ? previous : { key, pages: [...current, page] };
      }),
    [key],
  );

  const byPage = new Map(pages.map((page, index) => [page, results[index]?.data?.items]));
  return {
    total: results.find((result) => result.data)?.data?.total,
    error: results.find((result) => result.error)?.error ?? undefined,
    rowAt(index) {
      const page = Math.floor(index / pageSize);
      const rows = byPage.get(page);
      if (!rows) {
        // Asked for while rendering a row: the page is requested right after this render.
        queueMicrotask(() => want(page));
        return undefined;
      }
      return rows[index % pageSize];
    },
  };
}
