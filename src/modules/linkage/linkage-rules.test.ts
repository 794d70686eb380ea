import { describe, expect, it } from 'vitest';
import {
  addDays,
  canTransferToCourt,
  checkDay,
  factsAsList,
  reviewWindowEndsOn,
  uniqueFileNames,
} from './linkage-rules.ts';

describe('canTransferToCourt', () => {
  it.each([
    ['mediated_failed', null, true],
    ['mediated_failed', 'failure', true],
    ['resolved', 'failure', true],
    ['resolved', 'success', false],
    ['resolved', null, false],
    ['mediated_success', 'success', false],
    ['in_progress', null, false],
    ['archived', 'failure', false],
  ])('%s with outcome %s → %s', (status, outcome, expected) => {
    expect(canTransferToCourt({ status, outcome })).toBe(expected);
  });
});

describe('review windows', () => {
  it.each([
    ['2026-03-02', 30, '2026-04-01'],
    ['2026-01-31', 30, '2026-03-02'],
    ['2028-02-01', 30, '2028-03-02'],
    ['2026-12-15', 30, '2027-01-14'],
  ])('%s + %i days = %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });

  it('a request may be made up to 30 days after the base day', () => {
    expect(reviewWindowEndsOn('2026-03-02')).toBe('2026-04-01');
  });
});

describe('checkDay', () => {
  const bounds = { today: '2026-03-10', notBefore: '2026-03-01', notAfter: '2026-03-05' };
  it.each([
    ['2026-03-03', null],
    ['2026-03-01', null],
    ['2026-03-05', null],
    ['2026-03-11', 'future'],
    ['2026-02-28', 'too-early'],
    ['2026-03-06', 'too-late'],
  ])('%s → %s', (day, code) => {
    const error = checkDay('#/requestedOn', day, bounds);
    expect(error?.code ?? null).toBe(code);
    if (error) expect(error.pointer).toBe('#/requestedOn');
  });

  it('without bounds only the future is refused', () => {
    expect(checkDay('#/outcomeOn', '2020-01-01', { today: '2026-03-10' })).toBeNull();
  });
});

describe('factsAsList', () => {
  it.each([
    ['一、双方存在劳务关系。\n二、欠款四万元。', ['一、双方存在劳务关系。', '二、欠款四万元。']],
    ['  单条事实  ', ['单条事实']],
    ['\r\n\n', []],
    [null, []],
  ])('%j', (text, expected) => {
    expect(factsAsList(text)).toEqual(expected);
  });
});

describe('uniqueFileNames', () => {
  it.each([
    [['a.png', 'b.png'], [], ['a.png', 'b.png']],
    [['a.png', 'a.png', 'A.PNG'], [], ['a.png', 'a (2).png', 'A (3).PNG']],
    [['照片.jpg', '照片.jpg'], [], ['照片.jpg', '照片 (2).jpg']],
    [['README', 'README'], [], ['README', 'README (2)']],
    [['x.docx'], ['X.docx'], ['x (2).docx']],
    [['a (2).png', 'a.png', 'a.png'], [], ['a (2).png', 'a.png', 'a (3).png']],
    [['.env', '.env'], [], ['.env', '.env (2)']],
    [['  '], [], ['file']],
  ])('%j (reserved %j) → %j', (names, reserved, expected) => {
    expect(uniqueFileNames(names, reserved)).toEqual(expected);
  });
});
