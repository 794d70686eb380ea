/**
 * Staff accounts (admin only): list, create, edit, unlock. Out-of-scope users answer 404.
 */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

/** The staff roles of DESIGN.md §1, in the order the UI lists them. */
export const STAFF_ROLES = [
  'intake',
  'grid_worker',
  'dispatcher',
  'mediator',
  'handler',
  'leader',
  'admin',
] as const;

export interface User {
  id: string;
  username: string;
  displayName: string;
  orgId: string;
  orgName: string;
  roles: string[];
  isActive: boolean;
  lockedUntil: string | null;
  createdAt: string;
}

export interface UserFilter {
  q?: string;
  orgId?: string;
}

export interface NewUser {
  username: string;
  displayName: string;
  orgId: string;
  roles: string[];
  password: string;
}

export interface UserChanges {
  displayName?: string;
  orgId?: string;
  roles?: string[];
  isActive?: boolean;
  password?: string;
}

export const USERS_QUERY_KEY = ['users'] as const;

/** Users matching the filter. */
export function useUsers(filter: UserFilter) {
  return useQuery({
    queryKey: [...USERS_QUERY_KEY, filter],
    queryFn: ({ signal }) =>
      api
        .get<{ items: User[] }>('/users', { q: filter.q, orgId: filter.orgId }, signal)
        .then((page) => page.items),
    placeholderData: (previous) => previous,
  });
}

export const createUser = (input: NewUser) => api.post<User>('/users', input);
export const updateUser = (id: string, changes: UserChanges) =>
  api.patch<User>(`/users/${encodeURIComponent(id)}`, changes);
export const unlockUser = (id: string) => api.post<User>(`/users/${encodeURIComponent(id)}/unlock`);

/** Whether the account is locked now (lockedUntil in the future). */
export function isLocked(user: Pick<User, 'lockedUntil'>, now: number = Date.now()): boolean {
  return user.lockedUntil !== null && Date.parse(user.lockedUntil) > now;
}
