import { describe, expect, it } from 'vitest';
import { DISPATCH_QUERY, parseTodoTab, todoQuery } from './held-cases.ts';

describe('held-case lists', () => {
  it('keeps every to-do tab to the cases the organisation holds', () => {
    for (const tab of [
      'all',
      'dispatched',
      'in_progress',
      'returned',
      'yellow',
      'overdue',
      'supervised',
    ] as const) {
      expect(todoQuery(tab), tab).toMatchObject({ held: true });
    }
  });

  it('narrows each tab by status, deadline level or supervision', () => {
    expect(todoQuery('dispatched')).toEqual({ held: true, status: 'dispatched' });
    expect(todoQuery('yellow')).toMatchObject({ deadlineLevel: 'yellow' });
    expect(todoQuery('overdue')).toMatchObject({ overdue: true });
    expect(todoQuery('supervised')).toMatchObject({ supervised: true });
    expect(todoQuery('all').status?.split(',')).not.toContain('resolved');
    expect(todoQuery('all').status?.split(',')).toContain('in_progress');
  });

  it('puts new, accepted and returned cases on the dispatcher’s desk', () => {
    expect(DISPATCH_QUERY).toEqual({ heldBelow: true, status: 'registered,accepted,returned' });
  });

  it('reads the tab from the URL, defaulting to all', () => {
    expect(parseTodoTab('overdue')).toBe('overdue');
    expect(parseTodoTab('nonsense')).toBe('all');
    expect(parseTodoTab(null)).toBe('all');
  });
});
