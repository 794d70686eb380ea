/**
 * Worker thread of seed.ts: generates cases and builds their rows (the CPU-heavy part:
 * text analysis, encryption, hashing) while the main thread inserts earlier batches.
 * Several workers share the work by batches; each sends at most `credits` batches ahead
 * of the inserter.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createPiiCipher } from '../src/lib/pii.ts';
import {
  buildCaseRows,
  gridOf,
  registrarOf,
  type CaseRows,
  type Registrars,
  type SeedGrid,
} from './case-rows.ts';
import { createCaseGenerator } from './generate.ts';
import { createRng } from '../src/lib/prng.ts';

export interface SeedJob {
  seed: number;
  size: number;
  batch: number;
  credits: number;
  /** This worker builds batches worker, worker + workers, … */
  worker: number;
  workers: number;
  /** Registrations are spread over [endMs − days, endMs], oldest first. */
  endMs: number;
  days: number;
  secret: string;
  grids: SeedGrid[];
  registrars: Registrars;
}

export type SeedMessage =
  { type: 'batch'; rows: CaseRows[] } | { type: 'done' } | { type: 'error'; message: string };

const job = workerData as SeedJob;
const port = parentPort!;
let credits = job.credits;
let wake: (() => void) | null = null;
port.on('message', () => {
  credits += 1;
  wake?.();
});

async function run(): Promise<void> {
  const generator = createCaseGenerator(job.seed, job.grids);
  const rng = createRng(job.seed + 1);
  const pii = createPiiCipher(job.secret);
  const span = job.days * 86_400_000;
  for (let batch = 0, done = 0; done < job.size; batch++) {
    const isMine = batch % job.workers === job.worker;
    if (isMine) {
      while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
      credits -= 1;
    }
    const rows: CaseRows[] = [];
    const n = Math.min(job.batch, job.size - done);
    for (let i = 0; i < n; i++) {
      // Every worker draws every case, so each sees the same sequence; it builds only its batches.
      const at = new Date(job.endMs - span + ((done + i + rng.next()) / job.size) * span);
      const input = generator.next(at);
      const roll = rng.next();
      if (!isMine) continue;
      const gridId = gridOf(job.grids, input);
      const built = buildCaseRows(input, {
        at,
        gridId,
        ...registrarOf(job.registrars, input, gridId, roll),
        pii,
      });
      if (!built) throw new Error(`a generated case failed validation: ${JSON.stringify(input)}`);
      rows.push(built);
    }
    if (isMine) port.postMessage({ type: 'batch', rows } satisfies SeedMessage);
    done += n;
  }
  port.postMessage({ type: 'done' } satisfies SeedMessage);
}

run().catch((err: unknown) =>
  port.postMessage({
    type: 'error',
    message: err instanceof Error ? (err.stack ?? err.message) : String(err),
  } satisfies SeedMessage),
);
