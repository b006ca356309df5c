import { QueryClient } from '@tanstack/react-query';
import type { AppError } from '../../../shared/errors';

declare module '@tanstack/react-query' {
  /** Every query and mutation fails with an AppError (api/client.ts makes sure of it). */
  interface Register {
    defaultError: AppError;
  }
}

/**
 * The ledger is local and answers in milliseconds, so data is refetched whenever a page mounts
 * or a write invalidates it; retrying a refused call would only repeat the refusal.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0 },
      mutations: { retry: false },
    },
  });
}
