import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/support/app.ts';
import { registerViaApi } from '../../../test/support/cases.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';
import { idNumber, mobile } from '../../../test/support/identities.ts';

let t: TestApp;
let tree: OrgTree;
let intake: string;
let intakeB: string;
const usernames: string[] = [];

/** Moves time on; sessions idle out after 12 hours, so sign in again. */
async function advance(ms: number) {
  t.clock.advance(ms);
  intake = await signIn(t.app, usernames[0]!);
  intakeB = await signIn(t.app, usernames[1]!);
}

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  usernames.push((await buildUser(t.system, { orgId: tree.streetA, roles: ['intake'] })).username);
  usernames.push((await buildUser(t.system, { orgId: tree.streetB, roles: ['intake'] })).username);
  await advance(0);
});
afterAll(() => t.close());

type Related = { caseId: string; reasons: string[] };
const relatedOf = async (id: string, cookie = intake) =>
  (await t.app.inject({ url: `/api/v1/cases/${id}`, headers: { cookie } })).json().related as Related[];

describe('related cases', () => {
  it('links cases of the same person (by ID number) and flags the same applicant with the same matter as a repeat', async () => {
    const id = idNumber('330106', '19800808', 321);
    const first = await registerViaApi(t.app, intake, {
      category: 'wage_arrears',
      parties: [{ kind: 'person', role: 'applicant', name: '冯九', idNumber: id }],
    });
    await advance(86_400_000);
    const again = await registerViaApi(t.app, intake, {
      category: 'labour_contract',
      description: '另一件事：公司解除劳动合同未支付经济补偿金。',
      parties: [{ kind: 'person', role: 'applicant', name: '冯九', idNumber: id }],
    });
    expect(again.flags).toContain('repeat');
    expect(await relatedOf(again.id)).toContainEqual(
      expect.objectContaining({ caseId: first.id, reasons: expect.arrayContaining(['same_party']) }),
    );
    // The earlier case shows the link too.
    expect(await relatedOf(first.id)).toContainEqual(expect.objectContaining({ caseId: again.id }));
  });

  it('links by phone without calling it a repeat when the person was the respondent', async () => {
    const phone = mobile();
    const first = await registerViaApi(t.app, intake, {
      category: 'noise',
      description: '邻居装修。',
      parties: [
        { kind: 'person', role: 'applicant', name: '甲' },
        { kind: 'person', role: 'respondent', name: '乙', phone },
      ],
    });
    const second = await registerViaApi(t.app, intake, {
      category: 'noise',
      description: '楼下投诉。',
      parties: [{ kind: 'person', role: 'applicant', name: '乙', phone }],
    });
    expect(second.flags).not.toContain('repeat');
    expect(await relatedOf(second.id)).toContainEqual(
      expect.objectContaining({ caseId: first.id, reasons: ['same_party'] }),
    );
  });

  it('links cases against the same respondent company by credit code', async () => {
    const company = {
      kind: 'organisation',
      role: 'respondent',
      name: '示例物业服务有限公司',
      creditCode: '91350100M000100Y43',
    };
    const first = await registerViaApi(t.app, intake, {
      category: 'property_fee',
      description: '业主甲对物业收费有异议。',
      parties: [{ kind: 'person', role: 'applicant', name: '业主甲' }, company],
    });
    const second = await registerViaApi(t.app, intake, {
      category: 'property_service',
      description: '电梯长期故障无人维修。',
      parties: [{ kind: 'person', role: 'applicant', name: '业主乙' }, company],
    });
    expect(await relatedOf(second.id)).toContainEqual(
      expect.objectContaining({ caseId: first.id, reasons: expect.arrayContaining(['same_respondent']) }),
    );
  });

  it('links the same grid and category within 30 days, not after', async () => {
    const old = await registerViaApi(t.app, intake, {
      category: 'water_leak',
      gridId: tree.gridA,
      description: '卫生间漏水殃及楼下。',
      parties: [{ kind: 'person', role: 'applicant', name: '丙' }],
    });
    await advance(31 * 86_400_000);
    const recent = await registerViaApi(t.app, intake, {
      category: 'water_leak',
      gridId: tree.gridA,
      description: '厨房管道渗水。',
      parties: [{ kind: 'person', role: 'applicant', name: '丁' }],
    });
    const newest = await registerViaApi(t.app, intake, {
      category: 'water_leak',
      gridId: tree.gridA,
      description: '阳台积水渗漏。',
      parties: [{ kind: 'person', role: 'applicant', name: '戊' }],
    });
    const related = await relatedOf(newest.id);
    expect(related).toContainEqual(
      expect.objectContaining({ caseId: recent.id, reasons: ['same_place_category'] }),
    );
    expect(related.map((r) => r.caseId)).not.toContain(old.id);
  });

  it('links a near-duplicate description from another applicant', async () => {
    const text =
      '某小区三号楼业主反映，开发商交房时承诺的地下车位至今未能交付使用，业主多次与开发商协商未果，要求开发商按照合同约定尽快交付车位并赔偿损失，情绪较为激动。';
    const first = await registerViaApi(t.app, intake, {
      category: 'contract',
      description: text,
      parties: [{ kind: 'person', role: 'applicant', name: '业主丙' }],
    });
    const second = await registerViaApi(t.app, intake, {
      category: 'contract',
      description: text.replace('情绪较为激动', '情绪激动'),
      parties: [{ kind: 'person', role: 'applicant', name: '业主丁' }],
    });
    expect(await relatedOf(second.id)).toContainEqual(
      expect.objectContaining({ caseId: first.id, reasons: ['near_duplicate'] }),
    );
  });

  it('shows only related cases the reader may see', async () => {
    const id = idNumber('330106', '19900101', 11);
    const inB = await registerViaApi(t.app, intakeB, {
      parties: [{ kind: 'person', role: 'applicant', name: '己', idNumber: id }],
    });
    const inA = await registerViaApi(t.app, intake, {
      parties: [{ kind: 'person', role: 'applicant', name: '己', idNumber: id }],
    });
    expect(inA.flags).toContain('repeat');
    expect((await relatedOf(inA.id)).map((r) => r.caseId)).not.toContain(inB.id);
    const district = await signIn(
      t.app,
      (await buildUser(t.system, { orgId: tree.district, roles: ['dispatcher'] })).username,
    );
    expect((await relatedOf(inA.id, district)).map((r) => r.caseId)).toContain(inB.id);
  });
});
