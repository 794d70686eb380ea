import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, chainHash, checkChainRun, type ChainFields } from './audit-chain.ts';

function chain(n: number) {
  const rows: (ChainFields & { prevHash: string; hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const fields: ChainFields = {
      seq,
      at: `2026-01-0${seq}T00:00:00.000Z`,
      actorId: 'u',
      actorName: 'admin',
      action: 'user.create',
      targetType: 'user',
      targetId: `t${seq}`,
      ip: null,
      requestId: null,
      detail: null,
    };
    const hash = chainHash(prev, fields);
    rows.push({ ...fields, prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}

describe('audit chain', () => {
  it('accepts an intact chain', () => {
    const rows = chain(4);
    expect(checkChainRun(rows, 0, GENESIS_HASH)).toEqual({ ok: true, seq: 4, hash: rows[3]!.hash });
  });

  it('names a changed row', () => {
    const rows = chain(4);
    rows[2]!.targetId = 'someone-else';
    expect(checkChainRun(rows, 0, GENESIS_HASH)).toEqual({
      ok: false,
      break: { seq: 3, reason: 'contents do not match the hash' },
    });
  });

  it('names a removed row', () => {
    const rows = chain(4);
    rows.splice(1, 1);
    expect(checkChainRun(rows, 0, GENESIS_HASH)).toMatchObject({ ok: false, break: { seq: 2 } });
  });

  it('names a row whose hash was recomputed without re-chaining the next', () => {
    const rows = chain(3);
    rows[0]!.action = 'user.delete';
    rows[0]!.hash = chainHash(GENESIS_HASH, rows[0]!);
    expect(checkChainRun(rows, 0, GENESIS_HASH)).toMatchObject({
      ok: false,
      break: { seq: 2, reason: 'prev_hash does not match the row before' },
    });
  });
});
