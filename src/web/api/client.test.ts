import { describe, expect, it } from 'vitest';
import { ApiProblem, apiUrl, isProblem } from './client.ts';

describe('ApiProblem', () => {
  it('takes its kind from the problem type', () => {
    const problem = new ApiProblem(423, {
      type: 'https://fengqiao.example/problems/account-locked',
      title: 'Account locked',
      lockedUntil: '2025-01-01T00:00:00.000Z',
      errors: [{ pointer: '#/username', code: 'locked' }],
    });
    expect(problem.kind).toBe('account-locked');
    expect(problem.body.lockedUntil).toBe('2025-01-01T00:00:00.000Z');
    expect(problem.errors).toHaveLength(1);
    expect(isProblem(problem, 'account-locked')).toBe(true);
    expect(isProblem(new Error('x'))).toBe(false);
  });

  it('falls back to the status when the body is not a problem', () => {
    expect(new ApiProblem(404, {}).kind).toBe('not-found');
    expect(new ApiProblem(502, {}).kind).toBe('internal');
    expect(new ApiProblem(0, {}).kind).toBe('network');
  });
});

describe('apiUrl', () => {
  it('prefixes /api/v1 and drops empty query values', () => {
    expect(apiUrl('/users', { q: '李', orgId: undefined, dryRun: true, empty: '' })).toBe(
      '/api/v1/users?q=%E6%9D%8E&dryRun=true',
    );
    expect(apiUrl('/me')).toBe('/api/v1/me');
  });
});
