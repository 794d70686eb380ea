import { describe, expect, it } from 'vitest';
import {
  convenePathOfPointer,
  minutesPathOfPointer,
  toConveneBody,
  toMinutesBody,
} from './consultation-form.ts';

/** A stand-in for the picker's Dayjs: formats a fixed wall-clock time. */
const wallClock = (iso: string) => ({
  format: (template: string) =>
    template === 'YYYY-MM-DDTHH:mm:ss' ? iso : template === 'YYYY-MM-DD' ? iso.slice(0, 10) : 'unexpected',
});

describe('toConveneBody', () => {
  it('sends the "3" first — a picked colleague by id, an outside person by name — then each department once', () => {
    expect(
      toConveneBody({
        title: '  业主群体性纠纷会商  ',
        scheduledAt: wallClock('2026-03-03T10:00:00'),
        place: ' 区矛调中心会商室 ',
        judge: { name: ' 区法院 王法官 ' },
        chiefMediator: { userId: 'u-chief', name: 'ignored when a colleague is picked' },
        legalAid: { name: '李律师' },
        departmentIds: ['o-labour', 'o-housing', 'o-labour'],
      }),
    ).toEqual({
      title: '业主群体性纠纷会商',
      scheduledAt: '2026-03-03T10:00:00+08:00',
      place: '区矛调中心会商室',
      participants: [
        { kind: 'judge', name: '区法院 王法官' },
        { kind: 'chief_mediator', userId: 'u-chief' },
        { kind: 'legal_aid', name: '李律师' },
        { kind: 'department', orgId: 'o-labour' },
        { kind: 'department', orgId: 'o-housing' },
      ],
    });
  });

  it('keeps empty seats as blank names, so the server names what is missing', () => {
    const body = toConveneBody({});
    expect(body.participants).toEqual([
      { kind: 'judge', name: '' },
      { kind: 'chief_mediator', name: '' },
      { kind: 'legal_aid', name: '' },
    ]);
    expect(body).toMatchObject({ title: '', scheduledAt: '', place: '' });
  });
});

describe('convenePathOfPointer', () => {
  it.each([
    ['#/title', ['title']],
    ['#/scheduledAt', ['scheduledAt']],
    ['#/participants/0', ['judge', 'name']],
    ['#/participants/1/userId', ['chiefMediator', 'userId']],
    ['#/participants/2/name', ['legalAid', 'name']],
    ['#/participants/3/orgId', ['departmentIds']],
    ['#/participants', undefined],
    ['#/participants/x', undefined],
    ['#/unknown', undefined],
    [undefined, undefined],
  ])('%s → %j', (pointer, path) => {
    expect(convenePathOfPointer(pointer)).toEqual(path);
  });
});

describe('toMinutesBody', () => {
  it('reports every participant’s attendance and sends the filled decisions with their due day', () => {
    expect(
      toMinutesBody(
        {
          minutes: '  会议认为应先行垫付工资  ',
          attendedIds: ['p1', 'p3'],
          decisions: [
            {
              content: ' 核实欠薪金额 ',
              ownerOrgId: 'o-labour',
              ownerUserId: 'u-1',
              dueOn: wallClock('2026-03-10T00:00:00'),
            },
            { content: '   ' },
            { content: '约谈开发商', ownerOrgId: 'o-housing', dueOn: wallClock('2026-03-12T00:00:00') },
          ],
        },
        ['p1', 'p2', 'p3'],
      ),
    ).toEqual({
      minutes: '会议认为应先行垫付工资',
      attendance: [
        { participantId: 'p1', attended: true },
        { participantId: 'p2', attended: false },
        { participantId: 'p3', attended: true },
      ],
      decisions: [
        { content: '核实欠薪金额', ownerOrgId: 'o-labour', ownerUserId: 'u-1', dueOn: '2026-03-10' },
        { content: '约谈开发商', ownerOrgId: 'o-housing', dueOn: '2026-03-12' },
      ],
    });
  });

  it('sends no decisions when none was written', () => {
    expect(toMinutesBody({ minutes: '纪要' }, [])).toEqual({
      minutes: '纪要',
      attendance: [],
      decisions: [],
    });
  });
});

describe('minutesPathOfPointer', () => {
  it.each([
    ['#/minutes', ['minutes']],
    ['#/decisions/1/dueOn', ['decisions', 1, 'dueOn']],
    ['#/decisions/0/ownerUserId', ['decisions', 0, 'ownerUserId']],
    ['#/attendance/2/participantId', ['attendedIds']],
    ['#/decisions/0', undefined],
    ['#/decisions/0/other', undefined],
    ['#/else', undefined],
  ])('%s → %j', (pointer, path) => {
    expect(minutesPathOfPointer(pointer)).toEqual(path);
  });
});
