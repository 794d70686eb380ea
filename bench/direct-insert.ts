/**
 * Registrations in this process, without HTTP: `registerCase` with the same signed-in
 * clerk, one at a time or `concurrency` at once. That is the fair "direct insert" for
 * the HTTP figure: the same validation, related-case lookups, transaction, event and audit
 * rows — everything but HTTP, sign-in checks, JSON and the response. Optionally followed
 * by `getCase`, which the POST handler also runs to answer with the whole case. Stops when
 * the payloads are used up or `maxMs` has passed.
 */
import type { ServiceContext } from '../src/lib/context.ts';
import { getCase, registerCase, type RegisterCaseBody } from '../src/modules/cases/index.ts';

export interface DirectResult {
  wallMs: number;
  latencies: number[];
}

export async function registerDirectly(
  ctx: ServiceContext,
  payloads: readonly RegisterCaseBody[],
  opts: { concurrency: number; withGetCase: boolean; maxMs?: number },
): Promise<DirectResult> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const deadline = started + (opts.maxMs ?? Number.POSITIVE_INFINITY);
  const client = async () => {
    for (let i = next++; i < payloads.length && performance.now() < deadline; i = next++) {
      const started = performance.now();
      const { id } = await registerCase(ctx, payloads[i]!);
      if (opts.withGetCase) await getCase(ctx, id);
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, client));
  return { wallMs: performance.now() - started, latencies };
}
