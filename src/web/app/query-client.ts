/**
 * The TanStack Query client. A 401 on any query means the session ended: the `me` query is set to null,
 * which sends the user to the sign-in page while keeping the path they were on.
 */
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isProblem } from '../api/client.ts';
import { ME_QUERY_KEY } from '../features/auth/auth.api.ts';

const MAX_RETRIES = 2;

/** Creates the app's query client. */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: handleError }),
    mutationCache: new MutationCache({ onError: handleError }),
    defaultOptions: {
      queries: {
        // 4xx answers will not change on retry; network and 5xx failures may.
        retry: (failures, error) =>
          failures < MAX_RETRIES && !(isProblem(error) && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });

  function handleError(error: unknown): void {
    if (isProblem(error, 'unauthenticated') && client.getQueryData(ME_QUERY_KEY)) {
      client.setQueryData(ME_QUERY_KEY, null);
    }
  }
  return client;
}
