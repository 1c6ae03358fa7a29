import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/api/errors';

/** The console's one query cache: the app renders from it, and the start-up prefetch fills it. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 5_000,
      // 4xx answers do not change on retry; a network failure or a 503 may.
      retry: (count, error) => count < 2 && (!(error instanceof ApiError) || ['network', 'unavailable', 'server'].includes(error.kind)),
      refetchOnWindowFocus: true,
    },
  },
});
