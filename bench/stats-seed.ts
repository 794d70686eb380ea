/**
 * Seeding for the statistics benchmark (issue 7, "Speed"): `size` cases over the last
 * `days` days across the demo district's grids, categories and channels, each with what
 * the figures count — registration, acceptance (most), dispatch to its street, start,
 * a mediation outcome (about two in three, mostly success), resolution on time or late
 * (the resolve event records the deadline level, as `applyCaseAction` does), a few
 * reopened and resolved again, ratings, visits in person (`cases.visits`), and court
 * referrals with their outcome — while the latest cases are still open, some of them red.
 * Rows are lean (no parties, short texts: search is benchmarked elsewhere) and go in as
 * multi-row INSERTs, without the statistics' mark triggers (dropped and created again
 * afterwards; the caller rebuilds the daily counts).
 */
import type { Insertable } from 'kysely';
import {
  createStatsMarkTriggers,
  dropStatsMarkTriggers,
} from '../src/db/migrations/202611251900_create_stats_daily_counts.ts';
import type { Db } from '../src/db/database.ts';
import type { Database } from '../src/db/tables.ts';
import { newId } from '../src/lib/ids.ts';
import { localDate } from '../src/lib/time.ts';
import type { BenchDatabase } from './database.ts';
import { createRng, type Rng } from '../src/lib/prng.ts';
import type { World } from './world.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MAX_PARAMETERS = 30_000;
/** Cases per transaction on PostgreSQL. */
const CASES_PER_TRANSACTION = 20_000;
const CHANNELS = [
  'walk_in',
  'hotline_12345',
  'grid_report',
  'phone',
  'online',
  'letter',
  'petition',
] as const;
const CHANNEL_WEIGHTS = [30, 25, 15, 8, 10, 3, 4];

type Table = 'cases' | 'caseEvents' | 'caseOrgs' | 'caseRatings' | 'courtTransfers';

/** Buffers rows per table and writes each table's rows as multi-row INSERTs. */
class Inserter {
  private rows = new Map<Table, Record<string, unknown>[]>();
  counts = new Map<Table, number>();
  add<T extends Table>(table: T, row: Insertable<Database[T]>): void {
    const list = this.rows.get(table) ?? [];
    list.push(row as Record<string, unknown>);
    this.rows.set(table, list);
    this.counts.set(table, (this.counts.get(table) ?? 0) + 1);
  }
  async flush(db: Db): Promise<void> {
    for (const table of ['cases', 'caseEvents', 'caseOrgs', 'caseRatings', 'courtTransfers'] as const) {
      const list = this.rows.get(table) ?? [];
      if (list.length === 0) continue;
      const perStatement = Math.floor(MAX_PARAMETERS / Object.keys(list[0]!).length);
      for (let i = 0; i < list.length; i += perStatement)
        await db
          .insertInto(table)
          .values(list.slice(i, i + perStatement) as never)
          .execute();
    }
    this.rows.clear();
  }
}

interface Place {
  gridId: string;
  streetId: string;
}

export interface StatsSeedReport {
  cases: number;
  rows: number;
  ms: number;
}

/** Seeds `size` cases over the `days` before `end`. */
export async function seedStatsCases(
  bench: BenchDatabase,
  world: World,
  opts: { size: number; days: number; seed: number; end: Date; onProgress?: (done: number) => void },
): Promise<StatsSeedReport> {
  const started = performance.now();
  const db = bench.db;
  const rng = createRng(opts.seed ^ 0x5eed);
  const categories = (await db.selectFrom('categories').select('code').execute()).map((c) => c.code);
  const places: Place[] = world.grids.map((g) => ({
    gridId: g.id,
    streetId: [...world.streets.values()].find((s) => g.path.startsWith(s.path))?.id ?? world.intake.orgId,
  }));
  const isPostgres = bench.dialect === 'postgres';
  await dropStatsMarkTriggers(db);
  const inserter = new Inserter();
  const startMs = opts.end.getTime() - opts.days * DAY;
  const step = (opts.days * DAY) / opts.size;
  const writeAll = async (trx: Db) => {
    for (let from = 0; from < opts.size; from += CASES_PER_TRANSACTION) {
      const to = Math.min(opts.size, from + CASES_PER_TRANSACTION);
      for (let i = from; i < to; i++) {
        const created = Math.floor(startMs + i * step + rng.next() * step);
        addCase(inserter, rng, { i, created, now: opts.end.getTime(), categories, places, world });
      }
      if (isPostgres) await trx.transaction().execute((t) => inserter.flush(t));
      else await inserter.flush(trx);
      opts.onProgress?.(to);
    }
  };
  try {
    if (isPostgres) await writeAll(db);
    else await db.transaction().execute(writeAll);
  } finally {
    await createStatsMarkTriggers(db);
  }
  const rows = [...inserter.counts.values()].reduce((a, b) => a + b, 0);
  return { cases: opts.size, rows, ms: performance.now() - started };
}

function addCase(
  out: Inserter,
  rng: Rng,
  c: { i: number; created: number; now: number; categories: string[]; places: Place[]; world: World },
): void {
  const id = newId();
  const place = rng.pick(c.places);
  const channel = rng.chance(0.03) ? 'court_referral' : rng.weighted(CHANNELS, CHANNEL_WEIGHTS);
  const hasGrid = channel === 'grid_report' || rng.chance(0.85);
  const registeredOrgId =
    channel === 'grid_report' ? place.gridId : rng.chance(0.2) ? place.streetId : c.world.intake.orgId;
  const iso = (ms: number) => new Date(ms).toISOString();
  let seq = 0;
  let status = 'registered';
  let currentOrgId = registeredOrgId;
  const event = (at: number, type: string, toStatus: string | null, data: object | null = null) => {
    if (at > c.now) return false;
    out.add('caseEvents', {
      id: newId(),
      caseId: id,
      seq: ++seq,
      at: iso(at),
      type,
      actorId: null,
      actorName: null,
      orgId: currentOrgId,
      fromStatus: status === 'registered' && type === 'registered' ? null : status,
      toStatus,
      note: null,
      data: data ? JSON.stringify(data) : null,
    });
    if (toStatus) status = toStatus;
    return true;
  };
  event(c.created, 'registered', 'registered', { channel, related: 0 });
  let t = c.created + rng.int(1, 8) * HOUR;
  let resolvedAt: number | null = null;
  let outcome: 'success' | 'failure' | null = null;
  if (rng.chance(0.03)) event(t, 'reject', 'rejected');
  else if (event(t, 'accept', 'accepted')) {
    const handler = rng.chance(0.8) ? place.streetId : c.world.intake.orgId;
    t += rng.int(1, 24) * HOUR;
    if (event(t, 'dispatch', 'dispatched', { orgId: handler })) {
      currentOrgId = handler;
      out.add('caseOrgs', { caseId: id, orgId: handler, relation: 'handler' });
      t += rng.int(2, 48) * HOUR;
      if (event(t, 'start', 'in_progress')) {
        t += rng.int(1, 25) * DAY;
        if (rng.chance(0.65)) {
          outcome = rng.chance(0.87) ? 'success' : 'failure';
          event(t, 'record_outcome', outcome === 'success' ? 'mediated_success' : 'mediated_failed');
          t += rng.int(1, 48) * HOUR;
        }
        const late = t - c.created > 20 * DAY;
        if (event(t, 'resolve', 'resolved', { deadlineLevel: late ? 'red' : 'normal' })) {
          resolvedAt = t;
          if (rng.chance(0.02)) {
            t += rng.int(2, 10) * DAY;
            if (event(t, 'reopen', 'in_progress')) {
              t += rng.int(1, 10) * DAY;
              if (event(t, 'resolve', 'resolved', { deadlineLevel: 'normal' })) resolvedAt = t;
            }
          }
        }
      }
    }
  }
  const isOpen = !['resolved', 'rejected'].includes(status);
  out.add('cases', {
    id,
    number: `BS-${c.i}`,
    channel,
    categoryCode: rng.pick(c.categories),
    petitionType: channel === 'petition' ? 'complaint' : null,
    subject: `统计样本纠纷${c.i}`,
    description: '统计基准生成的纠纷，用于测量统计速度。',
    occurredAt: null,
    gridId: hasGrid ? place.gridId : null,
    address: null,
    lat: null,
    lng: null,
    peopleInvolved: 1,
    amountFen: null,
    risk: rng.weighted(['low', 'medium', 'high', 'major'] as const, [60, 30, 8, 2]),
    isGroupIncident: 0,
    isRepeat: 0,
    isUrgent: 0,
    isSensitive: 0,
    status,
    version: seq,
    registeredOrgId,
    registeredBy: null,
    currentOrgId,
    visits: rng.weighted([0, 1, 2, 3], [70, 22, 6, 2]),
    outcome,
    deadlineLevel: isOpen ? (c.now - c.created > 20 * DAY ? 'red' : 'normal') : null,
    dueAt: isOpen ? iso(c.created + 20 * DAY) : null,
    searchTerms: '',
    simhash: '0000000000000000',
    createdAt: iso(c.created),
    updatedAt: iso(Math.min(t, c.now)),
  });
  out.add('caseOrgs', { caseId: id, orgId: registeredOrgId, relation: 'registered' });
  out.add('caseOrgs', { caseId: id, orgId: currentOrgId, relation: 'current' });
  if (hasGrid) out.add('caseOrgs', { caseId: id, orgId: place.gridId, relation: 'place' });
  if (resolvedAt !== null && rng.chance(0.8)) {
    const at = Math.min(c.now, resolvedAt + rng.int(1, 72) * HOUR);
    out.add('caseRatings', {
      id: newId(),
      caseId: id,
      partyId: null,
      resolutionSeq: 1,
      rating: rng.weighted(['satisfied', 'basically_satisfied', 'dissatisfied'] as const, [85, 12, 3]),
      comment: null,
      source: 'staff',
      createdBy: null,
      createdAt: iso(at),
    });
  }
  if (channel === 'court_referral') {
    const closed = resolvedAt !== null;
    out.add('courtTransfers', {
      id: newId(),
      caseId: id,
      direction: 'from_court',
      court: '示范区人民法院',
      courtCaseNumber: `（诉前调）${c.i}号`,
      referralKind: 'pre_litigation',
      note: null,
      outcome: closed
        ? outcome === 'success'
          ? 'settled'
          : rng.chance(0.8)
            ? 'not_settled'
            : 'withdrawn'
        : null,
      outcomeNote: null,
      outcomeOn: closed ? localDate(new Date(resolvedAt!)) : null,
      createdBy: null,
      createdAt: iso(c.created),
      updatedAt: iso(Math.min(t, c.now)),
    });
  }
}
