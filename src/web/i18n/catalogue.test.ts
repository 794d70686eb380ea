import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/client.ts';
import { en } from './en.ts';
import { formatDateTime, formatFen, shanghaiDateParts } from './format.ts';
import { fieldErrorText, pointerField, pointerLeaf, problemText } from './problem-text.ts';
import { translate, translateIfKnown } from './translate.ts';
import { zhCN, type MessageKey } from './zh-CN.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const zh = {
  tx: (key: string, vars?: Record<string, string | number>) => translateIfKnown('zh-CN', key, vars),
};

describe('message catalogue', () => {
  it('gives every key the same placeholders in both languages', () => {
    for (const key of Object.keys(zhCN) as MessageKey[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
    }
  });

  it('has text for every problem kind the server sends', () => {
    const kinds = [
      'validation-failed',
      'unauthenticated',
      'forbidden',
      'not-found',
      'action-not-allowed',
      'stale-version',
      'conflict',
      'payload-too-large',
      'unsupported-media-type',
      'account-locked',
      'too-many-requests',
      'internal',
    ];
    for (const kind of kinds) expect(translateIfKnown('zh-CN', `problem.${kind}`), kind).toBeDefined();
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh-CN', 'users.total', { count: 3 })).toBe('共 3 个用户');
    expect(translate('en', 'home.greeting', { greeting: 'Hello' })).toBe('Hello, {name}');
  });
});

describe('problem text', () => {
  const problem = (status: number, body: Record<string, unknown>) => new ApiProblem(status, body);

  it('prefers the screen’s own wording, then the kind, then the server’s detail', () => {
    const wrong = problem(401, {
      type: 'https://fengqiao.example/problems/unauthenticated',
      detail: 'Wrong',
    });
    expect(problemText(zh, wrong, 'login')).toBe(zhCN['login.error.unauthenticated']);
    expect(problemText(zh, wrong)).toBe(zhCN['problem.unauthenticated']);
    const odd = problem(418, { type: 'https://fengqiao.example/problems/teapot', detail: 'short and stout' });
    expect(problemText(zh, odd)).toBe('short and stout');
  });

  it('names field errors by field and code, else by code, else by detail', () => {
    expect(fieldErrorText(zh, { pointer: '#/username', code: 'taken', detail: 'x' })).toBe(
      '该用户名已被使用',
    );
    expect(fieldErrorText(zh, { pointer: '#/rows/4/name', code: 'required', detail: 'x' })).toBe(
      '此项为必填项',
    );
    expect(fieldErrorText(zh, { pointer: '#/x', code: 'brand-new', detail: 'as sent' })).toBe('as sent');
  });

  it('reads JSON pointers', () => {
    expect(pointerField('#/roles/0')).toBe('roles');
    expect(pointerLeaf('#/rows/5/parent_code')).toBe('parent_code');
    expect(pointerLeaf('#/roles/0')).toBe('roles');
    expect(pointerLeaf(undefined)).toBeUndefined();
  });
});

describe('formatDateTime', () => {
  it('shows instants in Shanghai time', () => {
    expect(formatDateTime('2025-01-31T16:30:00.000Z', 'zh-CN')).toBe('2025-02-01 00:30');
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });
});

describe('shanghaiDateParts and formatFen', () => {
  it('gives the Shanghai calendar day of an instant', () => {
    expect(shanghaiDateParts('2025-12-31T16:30:00.000Z')).toEqual({ year: 2026, month: 1, day: 1 });
    expect(shanghaiDateParts('nonsense')).toBeUndefined();
  });

  it('writes fen as yuan', () => {
    expect(formatFen(123456789)).toBe('1,234,567.89');
    expect(formatFen(5)).toBe('0.05');
  });
});
