import { describe, expect, it } from 'vitest';
import {
  formPathOfPointer,
  shanghaiIso,
  toRegisterBody,
  yuanToFen,
  type CaseFormValues,
} from './case-form.ts';

/** A stand-in for the picker's Dayjs: formats a fixed wall-clock time. */
const wallClock = (iso: string) => ({
  format: (template: string) => (template === 'YYYY-MM-DDTHH:mm:ss' ? iso : 'unexpected template'),
});

describe('toRegisterBody', () => {
  const values: CaseFormValues = {
    channel: 'walk_in',
    category: ['labour', 'wage_arrears'],
    petitionType: 'appeal',
    subject: '  工地欠薪  ',
    description: '拖欠农民工工资三个月',
    occurredAt: wallClock('2026-03-01T09:30:00'),
    gridId: '',
    position: { lat: 30.22, lng: 120.107, accuracy: 12 },
    address: '   ',
    peopleInvolved: 12,
    amountYuan: 123456.78,
    risk: 'high',
    flags: [],
    parties: [
      {
        kind: 'person',
        role: 'applicant',
        name: ' 张三 ',
        idNumber: '11010519491231002X',
        creditCode: 'ignored for a person',
        phone: '13812345678',
        agentName: '',
        agentPhone: '13900000000',
      },
      {
        kind: 'organisation',
        role: 'respondent',
        name: '某建筑公司',
        idNumber: 'ignored for an organisation',
        creditCode: '91350100M000100Y43',
        legalRepresentative: '李四',
        agentName: '王律师',
        agentPhone: ' ',
      },
    ],
  };

  it('maps the form to the request body, leaving out what is empty', () => {
    expect(toRegisterBody(values)).toEqual({
      channel: 'walk_in',
      category: 'wage_arrears',
      subject: '工地欠薪',
      description: '拖欠农民工工资三个月',
      occurredAt: '2026-03-01T09:30:00+08:00',
      lat: 30.22,
      lng: 120.107,
      peopleInvolved: 12,
      amountFen: 12345678,
      risk: 'high',
      parties: [
        {
          kind: 'person',
          role: 'applicant',
          name: '张三',
          idNumber: '11010519491231002X',
          phone: '13812345678',
        },
        {
          kind: 'organisation',
          role: 'respondent',
          name: '某建筑公司',
          creditCode: '91350100M000100Y43',
          legalRepresentative: '李四',
          agent: { name: '王律师' },
        },
      ],
    });
  });

  it('sends the petition type with petitions only, and the flags when some are set', () => {
    const body = toRegisterBody({ ...values, channel: 'petition', flags: ['urgent'], category: ['labour'] });
    expect(body.petitionType).toBe('appeal');
    expect(body.flags).toEqual(['urgent']);
    expect(body.category).toBe('labour');
  });

  it('keeps a zero amount and drops a cleared one', () => {
    expect(toRegisterBody({ ...values, amountYuan: 0 }).amountFen).toBe(0);
    expect(toRegisterBody({ ...values, amountYuan: null })).not.toHaveProperty('amountFen');
  });
});

describe('yuanToFen and shanghaiIso', () => {
  it.each([
    [19.99, 1999],
    [0.1 + 0.2, 30],
    [1234.56, 123456],
    [8000, 800000],
  ])('%s yuan is %s fen', (yuan, fen) => {
    expect(yuanToFen(yuan)).toBe(fen);
  });

  it('reads the picked wall-clock time as Beijing time', () => {
    expect(shanghaiIso(wallClock('2026-01-01T00:30:00'))).toBe('2026-01-01T00:30:00+08:00');
    expect(new Date(shanghaiIso(wallClock('2026-01-01T00:30:00'))).toISOString()).toBe(
      '2025-12-31T16:30:00.000Z',
    );
  });
});

describe('formPathOfPointer', () => {
  it.each([
    ['#/subject', ['subject']],
    ['#/category', ['category']],
    ['#/petitionType', ['petitionType']],
    ['#/amountFen', ['amountYuan']],
    ['#/lat', ['position']],
    ['#/lng', ['position']],
    ['#/flags/1', ['flags']],
    ['#/parties/1/idNumber', ['parties', 1, 'idNumber']],
    ['#/parties/0/phone', ['parties', 0, 'phone']],
    ['#/parties/0/agent/phone', ['parties', 0, 'agentPhone']],
    ['#/parties/0/agent/name', ['parties', 0, 'agentName']],
  ])('places %s on %j', (pointer, path) => {
    expect(formPathOfPointer(pointer)).toEqual(path);
  });

  it.each(['#/parties', '#/parties/0', '#/parties/0/gender', '#/nope', '#/querystring/q', undefined, ''])(
    'gives no field for %j',
    (pointer) => {
      expect(formPathOfPointer(pointer)).toBeUndefined();
    },
  );
});
