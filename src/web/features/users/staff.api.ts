/**
 * The staff directory (`GET /api/v1/staff`): active colleagues of an organisation in the caller's subtree,
 * with their roles, so a dispatcher can assign a handler when handing a case over.
 */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export interface StaffMember {
  id: string;
  displayName: string;
  orgId: string;
  orgName: string;
  roles: string[];
}

/** Roles that work cases (the transition table's workers). */
export const WORKER_ROLES = ['mediator', 'handler', 'grid_worker'] as const;

/** The staff of `orgId` and its sub-organisations; idle while `orgId` is undefined. */
export function useStaff(orgId: string | undefined) {
  return useQuery({
    queryKey: ['staff', orgId],
    queryFn: ({ signal }) =>
      api
        .get<{ items: StaffMember[] }>('/staff', { orgId }, signal)
        .then((page) =>
          page.items.filter((member) => WORKER_ROLES.some((role) => member.roles.includes(role))),
        ),
    enabled: orgId !== undefined,
    staleTime: 60_000,
  });
}
