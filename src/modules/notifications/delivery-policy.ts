/**
 * Pure rules of outbound delivery: when a failed message is tried again, and how a
 * webhook delivery is signed so the receiver can tell it came from us, unaltered and
 * recently (a replayed old delivery carries an old timestamp).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Waits after the 1st…5th failed attempt; after the 6th the message is failed for good. */
export const OUTBOX_BACKOFF_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 12 * 3600_000] as const;

/** When to try again after `attempts` failed attempts, or null when no attempt is left. */
export function nextAttemptDelayMs(attempts: number): number | null {
  return OUTBOX_BACKOFF_MS[attempts - 1] ?? null;
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`: the X-Fengqiao-Signature header. */
export function signWebhook(secret: string, unixSeconds: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

/**
 * What a receiver does with X-Fengqiao-Signature: recompute the HMAC over `t.body` and
 * compare in constant time, refusing timestamps more than `toleranceSeconds` from `nowSeconds`.
 */
export function verifyWebhookSignature(args: {
  secret: string;
  header: string;
  body: string;
  nowSeconds: number;
  toleranceSeconds?: number;
}): boolean {
  const parts = new Map(
    args.header.split(',').map((p) => {
      const i = p.indexOf('=');
      return [p.slice(0, i).trim(), p.slice(i + 1).trim()] as const;
    }),
  );
  const t = Number(parts.get('t'));
  const v1 = parts.get('v1') ?? '';
  if (!Number.isInteger(t) || Math.abs(args.nowSeconds - t) > (args.toleranceSeconds ?? 300)) return false;
  const expected = signWebhook(args.secret, t, args.body).split('v1=')[1]!;
  return v1.length === expected.length && timingSafeEqual(Buffer.from(v1), Buffer.from(expected));
}
