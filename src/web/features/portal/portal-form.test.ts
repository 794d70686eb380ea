import { describe, expect, it } from 'vitest';
import { portalCaseBody, portalFieldOfPointer, stepOfField } from './portal-form.ts';

describe('portal form', () => {
  it('builds the body with the applicant first and the finer category when chosen', () => {
    const body = portalCaseBody({
      topCategory: 'neighbour',
      category: 'water_leak',
      subject: ' 漏水 ',
      description: '楼上漏水',
      gridId: 'g1',
      lat: 30,
      lng: 120,
      address: '',
      other: { kind: 'person', name: '李四', phone: ' ' },
      applicant: { name: '张三', phone: '13800138000', idNumber: '11010119900307803X' },
    });
    expect(body).toMatchObject({
      category: 'water_leak',
      subject: '漏水',
      gridId: 'g1',
      lat: 30,
      lng: 120,
      address: undefined,
    });
    expect(body.parties).toEqual([
      {
        kind: 'person',
        role: 'applicant',
        name: '张三',
        phone: '13800138000',
        idNumber: '11010119900307803X',
      },
      { kind: 'person', role: 'respondent', name: '李四', phone: undefined, address: undefined },
    ]);
    expect(portalCaseBody({ topCategory: 'other', lat: 30, lng: 120 })).toMatchObject({
      category: 'other',
      lat: 30,
      lng: 120,
    });
  });

  it.each([
    ['#/parties/0/idNumber', ['applicant', 'idNumber'], 3],
    ['#/parties/1/name', ['other', 'name'], 2],
    ['#/category', ['topCategory'], 0],
    ['#/gridId', ['gridId'], 1],
    ['#/lat', ['gridId'], 1],
    ['#/subject', ['subject'], 0],
  ])('maps %s to a field on its step', (pointer, path, step) => {
    expect(portalFieldOfPointer(pointer)).toEqual(path);
    expect(stepOfField(path)).toBe(step);
  });

  it('leaves pointers the form does not hold', () => {
    expect(portalFieldOfPointer('#/parties/2/name')).toBeUndefined();
    expect(portalFieldOfPointer('#/peopleInvolved')).toBeUndefined();
    expect(portalFieldOfPointer(undefined)).toBeUndefined();
  });
});
