import { describe, expect, it } from 'vitest';
import type { Org } from './orgs.api.ts';
import { buildOrgTree, defaultExpandedKeys, filterOrgTree } from './org-tree.ts';

function org(id: string, type: Org['type'], parentId: string | null, name = id): Org {
  return { id, code: id.toUpperCase(), name, type, specialty: null, parentId, depth: 0, hasBoundary: false };
}

const ORGS: Org[] = [
  org('grid1', 'grid', 'comm1', '一网格'),
  org('dept', 'department', 'd'),
  org('s2', 'street', 'd', '西山街道'),
  org('d', 'district', null, '示范区'),
  org('s1', 'street', 'd', '东湖街道'),
  org('comm1', 'community', 's1', '湖滨社区'),
];

describe('buildOrgTree', () => {
  it('nests organisations by parentId, streets before departments, otherwise in the given order', () => {
    const roots = buildOrgTree(ORGS);
    expect(roots.map((node) => node.org.id)).toEqual(['d']);
    expect(roots[0]?.children.map((node) => node.org.id)).toEqual(['s2', 's1', 'dept']);
    expect(roots[0]?.children[1]?.children[0]?.children[0]?.org.id).toBe('grid1');
  });

  it('makes an organisation whose parent is not visible a root', () => {
    const roots = buildOrgTree(ORGS.filter((item) => item.id !== 'd'));
    expect(roots.map((node) => node.org.id)).toEqual(['s2', 's1', 'dept']);
  });
});

describe('defaultExpandedKeys', () => {
  it('expands the district and the streets that have children', () => {
    expect(defaultExpandedKeys(buildOrgTree(ORGS)).sort()).toEqual(['d', 's1']);
  });
});

describe('filterOrgTree', () => {
  it('keeps matches and their ancestors and expands the ancestors', () => {
    const { roots, expand } = filterOrgTree(buildOrgTree(ORGS), '网格');
    expect(roots[0]?.children.map((node) => node.org.id)).toEqual(['s1']);
    expect(expand.sort()).toEqual(['comm1', 'd', 's1']);
  });
});
