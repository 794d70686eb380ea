/**
 * The signed-in user (`GET /api/v1/me`) and sign-in / sign-out. A 401 from `/me` means "not signed in":
 * the query then holds `null` and the router shows the sign-in page (app/require-auth.tsx).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isProblem } from '../../api/client.ts';
import type { OrgType } from '../orgs/orgs.api.ts';

/** The signed-in staff user as `GET /api/v1/me` returns it. */
export interface Me {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  org: { id: string; code: string; name: string; type: OrgType };
}

export const ME_QUERY_KEY = ['me'] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    return await api.get<Me>('/me');
  } catch (error) {
    if (isProblem(error, 'unauthenticated')) return null;
    throw error;
  }
}

/** The signed-in user, `null` when nobody is signed in. */
export function useMe() {
  return useQuery({ queryKey: ME_QUERY_KEY, queryFn: fetchMe, staleTime: 5 * 60_000, retry: false });
}

/** Whether the user holds `role`. */
export function hasRole(me: Pick<Me, 'roles'> | null | undefined, role: string): boolean {
  return me?.roles.includes(role) ?? false;
}

export interface Credentials {
  username: string;
  password: string;
}

/** Signs in through `POST /api/v1/auth/login`; on success the `me` query holds the new user. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => api.post<{ user: Me }>('/auth/login', credentials),
    onSuccess: ({ user }) => {
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, user);
    },
  });
}

/** Signs out; whatever the server answers, all cached data of the previous user is dropped. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/auth/logout'),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, null);
    },
  });
}
