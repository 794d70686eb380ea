import { describe, expect, it } from 'vitest';
import { petitionAccess } from './petition-access.ts';

const base = {
  status: 'in_progress',
  currentOrgId: 'street-a',
  visibleOrgIds: new Set(['street-a', 'community-a']),
  roles: ['handler'],
  replies: [] as { id: string }[],
  reviews: [] as {
    id: string;
    replyId: string;
    reviewOfId: string | null;
    level: string;
    decision: string | null;
  }[],
};

describe('petitionAccess', () => {
  it('lets a holder reply to an accepted petition, but not yet ask for reviews', () => {
    expect(petitionAccess(base)).toEqual({ reply: true, review: false, rereview: false, decide: true });
  });

  it('gives nothing to a user outside the holding subtree or without a working role', () => {
    const none = { reply: false, review: false, rereview: false, decide: false };
    expect(petitionAccess({ ...base, currentOrgId: 'street-b' })).toEqual(none);
    expect(petitionAccess({ ...base, roles: ['leader', 'intake'] })).toEqual(none);
  });

  it.each(['registered', 'rejected', 'archived'])('refuses a reply while the case is %s', (status) => {
    expect(petitionAccess({ ...base, status }).reply).toBe(false);
  });

  it('allows one review of the latest reply, then one re-review once the review is decided', () => {
    const replies = [{ id: 'r1' }];
    expect(petitionAccess({ ...base, replies }).review).toBe(true);
    const pending = [{ id: 'v1', replyId: 'r1', reviewOfId: null, level: 'review', decision: null }];
    expect(petitionAccess({ ...base, replies, reviews: pending })).toMatchObject({
      review: false,
      rereview: false,
    });
    const decided = [{ ...pending[0]!, decision: 'upheld' }];
    expect(petitionAccess({ ...base, replies, reviews: decided })).toMatchObject({
      review: false,
      rereview: true,
    });
    const both = [
      ...decided,
      { id: 'v2', replyId: 'r1', reviewOfId: 'v1', level: 'rereview', decision: null },
    ];
    expect(petitionAccess({ ...base, replies, reviews: both }).rereview).toBe(false);
  });

  it('allows a review of a newer reply even after the older one was reviewed', () => {
    const reviews = [{ id: 'v1', replyId: 'r1', reviewOfId: null, level: 'review', decision: 'changed' }];
    expect(petitionAccess({ ...base, replies: [{ id: 'r1' }, { id: 'r2' }], reviews }).review).toBe(true);
  });
});
