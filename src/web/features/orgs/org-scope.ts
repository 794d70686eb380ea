/**
 * Pure scope checks on the flat organisation list (DESIGN.md §1: every user sees their organisation's
 * subtree), for the UI to decide what to offer; the server decides what is allowed.
 */
import type { Org } from './orgs.api.ts';

/** Whether `orgId` is `ancestorId` or lies below it in `orgs`. */
export function isWithin(
  orgs: readonly Pick<Org, 'id' | 'parentId'>[],
  orgId: string,
  ancestorId: string,
): boolean {
  const parentOf = new Map(orgs.map((org) => [org.id, org.parentId]));
  const seen = new Set<string>();
  let current: string | null | undefined = orgId;
  while (current && !seen.has(current)) {
    if (current === ancestorId) return true;
    seen.add(current);
    current = parentOf.get(current);
  }
  return false;
}
