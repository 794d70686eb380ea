/**
 * What a job is: a name, an optional period, and a handler that receives a system
 * service context. Definitions are listed by name in registry.ts (STYLE.md §1).
 */
import type { Config } from '../config.ts';
import type { ServiceContext } from '../lib/context.ts';
import type { Interval } from './schedule.ts';

/** A system context (no actor) plus the configuration, for handlers that talk to the outside. */
export interface JobContext extends ServiceContext {
  config: Config;
}

/** What a run did, for the log and `fengqiao jobs run` (e.g. `{ sent: 3, retried: 1 }`). */
export type JobSummary = Record<string, unknown>;

export interface JobDefinition {
  /** Stable kebab-case name: the `jobs.name` column and `fengqiao jobs run <name>`. */
  name: string;
  /** Enqueue one run per time slot of this length (slots aligned to the Unix epoch, UTC). */
  every?: Interval;
  /**
   * Attempts before the run is marked failed. Default 1 for periodic jobs (the next slot
   * is their retry) and 5 for one-off jobs.
   */
  maxAttempts?: number;
  /** Does the work. Must tolerate running again after a crash (at-least-once). */
  run: (ctx: JobContext, payload: Record<string, unknown>) => Promise<JobSummary | void>;
}

/** Default attempts of a job definition (see JobDefinition.maxAttempts). */
export function maxAttemptsOf(def: JobDefinition): number {
  return def.maxAttempts ?? (def.every ? 1 : 5);
}
