import { describe, expect, it } from 'vitest';
import type { OrgRow } from '../../db/tables.ts';
import { planOrgImport } from './org-import.ts';
import type { RawRecord } from '../../lib/table-file.ts';

const rec = (line: number, values: Record<string, string>): RawRecord => ({ line, values });
const district = rec(2, { code: 'D', name: '区', type: 'district' });
const existing = (o: Partial<OrgRow> & { code: string; path: string; type: OrgRow['type'] }): OrgRow => ({
  id: o.code,
  name: o.code,
  specialty: null,
  parentId: null,
  depth: 0,
  boundary: null,
  sortOrder: 0,
  createdAt: '',
  updatedAt: '',
  ...o,
});

describe('planOrgImport', () => {
  it('orders parents before children whatever the file order', () => {
    const out = planOrgImport({
      records: [
        rec(2, { code: 'G', name: '网格', type: 'grid', parent_code: 'C' }),
        rec(3, { code: 'C', name: '社区', type: 'community', parent_code: 'S' }),
        rec(4, { code: 'S', name: '街道', type: 'street', parent_code: 'D' }),
        rec(5, district.values),
      ],
      existingByCode: new Map(),
      scopePath: null,
    });
    expect('plan' in out && out.plan.rows.map((r) => r.code)).toEqual(['D', 'S', 'C', 'G']);
  });

  it('reports every bad row with its line and field', () => {
    const out = planOrgImport({
      records: [
        district,
        rec(3, { code: 'S', name: '', type: 'street', parent_code: 'D' }),
        rec(4, { code: 'X', name: '某', type: 'village', parent_code: 'D' }),
        rec(5, { code: 'G', name: '网格', type: 'grid', parent_code: 'D' }),
        rec(6, { code: 'M', name: '调委会', type: 'department', specialty: 'medical', parent_code: 'D' }),
        rec(7, { code: 'S2', name: '街道二', type: 'street', parent_code: 'NOPE' }),
        rec(8, { code: 'S', name: '重复', type: 'street', parent_code: 'D' }),
        rec(9, {
          code: 'C',
          name: '社区',
          type: 'community',
          parent_code: 'S',
          boundary: '{"type":"Point","coordinates":[1,2]}',
        }),
      ],
      existingByCode: new Map(),
      scopePath: null,
    });
    expect('errors' in out).toBe(true);
    const errors = 'errors' in out ? out.errors : [];
    expect(errors.map((e) => [e.line, e.pointer.split('/').pop(), e.code])).toEqual([
      [3, 'name', 'required'],
      [4, 'type', 'invalid'],
      [5, 'parent_code', 'wrong-parent-type'],
      [6, 'specialty', 'not-allowed'],
      [7, 'parent_code', 'unknown'],
      [8, 'code', 'duplicate'],
      [9, 'boundary', 'invalid'],
    ]);
    expect(errors[0]!.detail).toMatch(/^line 3: name/);
  });

  it('refuses rows outside the importer’s subtree', () => {
    const streetA = existing({ code: 'A', type: 'street', path: '/D/A/' });
    const streetB = existing({ code: 'B', type: 'street', path: '/D/B/' });
    const out = planOrgImport({
      records: [
        rec(2, { code: 'C1', name: '社区', type: 'community', parent_code: 'B' }),
        rec(3, { code: 'B', name: '改名', type: 'street', parent_code: 'D' }),
      ],
      existingByCode: new Map([
        ['A', streetA],
        ['B', streetB],
        ['D', existing({ code: 'D', type: 'district', path: '/D/' })],
      ]),
      scopePath: '/D/A/',
    });
    expect('errors' in out && out.errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'unknown'],
      [3, 'out-of-scope'],
      [3, 'unknown'],
    ]);
  });

  it('detects a cycle within the file and a move under its own descendant', () => {
    const cyc = planOrgImport({
      records: [
        district,
        rec(3, { code: 'S', name: 'S', type: 'street', parent_code: 'D' }),
        rec(4, { code: 'C', name: 'C', type: 'community', parent_code: 'S' }),
        rec(5, { code: 'S', name: 'x', type: 'street', parent_code: 'C' }),
      ],
      existingByCode: new Map(),
      scopePath: null,
    });
    expect('errors' in cyc).toBe(true);
    const moved = planOrgImport({
      records: [
        rec(2, { code: 'C', name: 'C', type: 'community', parent_code: 'S' }),
        rec(3, { code: 'S', name: 'S', type: 'street', parent_code: 'D' }),
      ],
      existingByCode: new Map([
        ['D', existing({ code: 'D', type: 'district', path: '/D/' })],
        ['S', existing({ code: 'S', type: 'street', path: '/D/S/' })],
        ['C', existing({ code: 'C', type: 'community', path: '/D/S/C/' })],
      ]),
      scopePath: null,
    });
    expect('plan' in moved).toBe(true);
  });

  it('accepts a closed polygon boundary on a grid', () => {
    const ring = [
      [120, 30],
      [120.1, 30],
      [120.1, 30.1],
      [120, 30],
    ];
    const out = planOrgImport({
      records: [
        district,
        rec(3, { code: 'S', name: 'S', type: 'street', parent_code: 'D' }),
        rec(4, { code: 'C', name: 'C', type: 'community', parent_code: 'S' }),
        rec(5, {
          code: 'G',
          name: 'G',
          type: 'grid',
          parent_code: 'C',
          boundary: JSON.stringify({ type: 'Polygon', coordinates: [ring] }),
        }),
      ],
      existingByCode: new Map(),
      scopePath: null,
    });
    expect('plan' in out).toBe(true);
  });

  it('rejects an empty file', () => {
    expect(planOrgImport({ records: [], existingByCode: new Map(), scopePath: null })).toMatchObject({
      errors: [{ code: 'empty' }],
    });
  });
});
