/**
 * The audit trail: append-only, hash-chained (DESIGN.md §7). Every write made through
 * the API appends here in the same transaction as the write itself.
 */
import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/dialect.ts';
import type { ServiceContext } from '../../lib/context.ts';
import { checkChainRun, chainHash, type ChainBreak } from './audit-chain.ts';
import { insertAuditRow, selectAuditRowsAfter, selectHead, selectHeadForUpdate } from './audit.queries.ts';

export interface AuditEntry {
  /** Dotted verb: `user.create`, `auth.login`, `org.import`, `party.reveal`… */
  action: string;
  targetType?: string;
  targetId?: string;
  /** Particulars (never secrets or unmasked personal data). */
  detail?: Record<string, unknown>;
  /** Overrides the actor, e.g. the user signing in, or the username tried at a failed sign-in. */
  actorId?: string;
  actorName?: string;
}

/**
 * Appends one audit row. Joins the caller's transaction (or opens one), locks the chain
 * head so concurrent writers on PostgreSQL cannot fork the chain.
 */
export async function recordAudit(ctx: ServiceContext, entry: AuditEntry): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const head = await selectHeadForUpdate(trx);
    const fields = {
      seq: head.seq + 1,
      at: ctx.clock.now().toISOString(),
      actorId: entry.actorId ?? ctx.actor?.userId ?? null,
      actorName: entry.actorName ?? ctx.actor?.username ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      ip: ctx.ip,
      requestId: ctx.requestId,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    };
    await insertAuditRow(trx, { ...fields, prevHash: head.hash, hash: chainHash(head.hash, fields) });
  });
}

export type AuditVerification =
  { ok: true; rows: number } | { ok: false; rows: number; firstBad: ChainBreak };

/** Walks the whole chain in batches; reports the first changed, removed or reordered row. */
export async function verifyAuditChain(db: Db): Promise<AuditVerification> {
  const head = await selectHead(db);
  let seq = 0;
  let hash = '0'.repeat(64);
  for (;;) {
    const rows = await selectAuditRowsAfter(db, seq, 1000);
    if (rows.length === 0) break;
    const run = checkChainRun(rows, seq, hash);
    if (!run.ok) return { ok: false, rows: seq, firstBad: run.break };
    ({ seq, hash } = run);
  }
  if (seq !== head.seq || hash !== head.hash) {
    return {
      ok: false,
      rows: seq,
      firstBad: {
        seq: seq + 1,
        reason: `the chain ends at row ${seq} but the head says ${head.seq}: rows were removed`,
      },
    };
  }
  return { ok: true, rows: seq };
}
