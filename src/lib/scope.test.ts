import { describe, expect, it } from 'vitest';
import type { Actor } from './context.ts';
import { canAccessOrg, hasRole, isInSubtree, requireRole } from './scope.ts';

const streetA: Actor = {
  userId: 'u1',
  username: 'street1',
  displayName: '街道一',
  orgId: 'a',
  orgPath: '/d/a/',
  roles: ['dispatcher'],
  via: 'session',
};

describe('scope', () => {
  it.each([
    ['/d/a/', true],
    ['/d/a/c1/', true],
    ['/d/a/c1/g1/', true],
    ['/d/b/', false],
    ['/d/b/c1/', false],
    ['/d/', false],
    ['/d/ab/', false],
  ])('a street-A user may access %s: %s', (path, expected) => {
    expect(canAccessOrg(streetA, path)).toBe(expected);
  });

  it('treats the district as the root of everything below it', () => {
    expect(isInSubtree('/d/', '/d/b/c/')).toBe(true);
  });

  it('checks roles', () => {
    expect(hasRole(streetA, 'dispatcher', 'admin')).toBe(true);
    expect(() => requireRole(streetA, 'admin')).toThrow(/admin/);
    expect(() => requireRole(null, 'admin')).toThrow(/Sign in/);
  });
});
