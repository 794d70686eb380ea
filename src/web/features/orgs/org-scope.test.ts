import { describe, expect, it } from 'vitest';
import { isWithin } from './org-scope.ts';

const orgs = [
  { id: 'district', parentId: null },
  { id: 'street', parentId: 'district' },
  { id: 'community', parentId: 'street' },
  { id: 'committee', parentId: 'district' },
];

describe('isWithin', () => {
  it('finds an organisation in its own subtree and its ancestors’', () => {
    expect(isWithin(orgs, 'community', 'community')).toBe(true);
    expect(isWithin(orgs, 'community', 'street')).toBe(true);
    expect(isWithin(orgs, 'community', 'district')).toBe(true);
  });

  it('does not find it under a sibling or a descendant', () => {
    expect(isWithin(orgs, 'community', 'committee')).toBe(false);
    expect(isWithin(orgs, 'street', 'community')).toBe(false);
    expect(isWithin(orgs, 'unknown', 'district')).toBe(false);
  });

  it('stops on a cycle', () => {
    expect(
      isWithin(
        [
          { id: 'a', parentId: 'b' },
          { id: 'b', parentId: 'a' },
        ],
        'a',
        'c',
      ),
    ).toBe(false);
  });
});
