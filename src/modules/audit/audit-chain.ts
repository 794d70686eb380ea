/**
 * The hash chain of the audit trail, as pure functions. Each row's hash covers its own
 * fields and the previous row's hash, so changing or removing any row breaks every
 * hash after it; the head row (last seq and hash) also catches removal of the tail.
 */
import { sha256 } from '../../lib/crypto.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainFields {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  requestId: string | null;
  detail: string | null;
}

/** Hash of one row given the previous row's hash. Field order is fixed: never reorder. */
export function chainHash(prevHash: string, row: ChainFields): string {
  const canonical = JSON.stringify([
    prevHash,
    row.seq,
    row.at,
    row.actorId,
    row.actorName,
    row.action,
    row.targetType,
    row.targetId,
    row.ip,
    row.requestId,
    row.detail,
  ]);
  return sha256(canonical);
}

export type ChainBreak = { seq: number; reason: string };

/**
 * Checks a run of rows in seq order, starting after (`prevSeq`, `prevHash`).
 * Returns the first break or the last seq and hash reached.
 */
export function checkChainRun(
  rows: (ChainFields & { prevHash: string; hash: string })[],
  prevSeq: number,
  prevHash: string,
): { ok: true; seq: number; hash: string } | { ok: false; break: ChainBreak } {
  let seq = prevSeq;
  let hash = prevHash;
  for (const row of rows) {
    if (row.seq !== seq + 1)
      return { ok: false, break: { seq: seq + 1, reason: `row ${seq + 1} is missing` } };
    if (row.prevHash !== hash)
      return { ok: false, break: { seq: row.seq, reason: 'prev_hash does not match the row before' } };
    if (chainHash(hash, row) !== row.hash)
      return { ok: false, break: { seq: row.seq, reason: 'contents do not match the hash' } };
    seq = row.seq;
    hash = row.hash;
  }
  return { ok: true, seq, hash };
}
