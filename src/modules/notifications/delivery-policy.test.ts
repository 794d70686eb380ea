import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nextAttemptDelayMs, signWebhook, verifyWebhookSignature } from './delivery-policy.ts';

describe('outbox back-off', () => {
  it.each([
    [1, 60_000],
    [2, 300_000],
    [3, 1_800_000],
    [4, 7_200_000],
    [5, 43_200_000],
    [6, null],
    [7, null],
  ])('after %i failed attempts waits %s ms', (attempts, ms) => {
    expect(nextAttemptDelayMs(attempts)).toBe(ms);
  });
});

describe('webhook signature', () => {
  const secret = 'whsec_test';
  const body = '{"event":"deadline_red","title":"案件超期"}';

  it('is an HMAC-SHA256 of "t.body" in hex, with the timestamp', () => {
    const mac = createHmac('sha256', secret).update(`1767225600.${body}`).digest('hex');
    expect(signWebhook(secret, 1767225600, body)).toBe(`t=1767225600,v1=${mac}`);
  });

  it.each([
    ['the signed body at the same time', body, 1767225600, secret, true],
    ['within five minutes', body, 1767225600 + 299, secret, true],
    ['a changed body', body.replace('超期', '正常'), 1767225600, secret, false],
    ['another secret', body, 1767225600, 'whsec_other', false],
    ['an old delivery replayed', body, 1767225600 + 301, secret, false],
  ])('verifies %s: %s', (_what, received, now, key, ok) => {
    const header = signWebhook(secret, 1767225600, body);
    expect(verifyWebhookSignature({ secret: key, header, body: received, nowSeconds: now })).toBe(ok);
  });

  it('refuses a header without a timestamp or a MAC', () => {
    expect(verifyWebhookSignature({ secret, header: 'v1=abc', body, nowSeconds: 0 })).toBe(false);
    expect(verifyWebhookSignature({ secret, header: 't=5', body, nowSeconds: 5 })).toBe(false);
  });
});
