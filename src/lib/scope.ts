/**
 * Scope: the one pure decision of whether a user may see or act on an organisation's
 * records (DESIGN.md §1, DEVELOPERS rule 5). A user sees their organisation's subtree.
 * Callers answer "not found" (404) rather than "forbidden" outside scope, so the
 * existence of another street's records is never revealed.
 */
import type { Role } from '../db/tables.ts';
import type { Actor } from './context.ts';
import { Forbidden, Unauthenticated } from './errors.ts';

export type ScopeAction = 'read' | 'act';

/** True when `orgPath` lies in the subtree rooted at the actor's organisation. */
export function isInSubtree(actorOrgPath: string, orgPath: string): boolean {
  return orgPath.startsWith(actorOrgPath);
}

/**
 * Whether `actor` may read or act on records held by the organisation at `orgPath`.
 * Today every role is bounded by its subtree for both; the `action` parameter is the
 * hook for role-specific widening (for instance dispatch targets outside the subtree).
 */
export function canAccessOrg(actor: Actor, orgPath: string, _action: ScopeAction = 'read'): boolean {
  return isInSubtree(actor.orgPath, orgPath);
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((r) => roles.includes(r));
}

/** Returns the actor or throws Unauthenticated. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new Unauthenticated();
  return actor;
}

/** Throws Forbidden unless the actor holds one of `roles`. */
export function requireRole(actor: Actor | null, ...roles: Role[]): Actor {
  const a = requireActor(actor);
  if (!hasRole(a, ...roles)) throw new Forbidden(`This needs one of the roles: ${roles.join(', ')}`);
  return a;
}
