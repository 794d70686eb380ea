/**
 * `q` search latency through `listCases` (what GET /api/v1/cases runs), as a district
 * user whose scope filters nothing, over a set of realistic queries asked in turn. Beside
 * it, the two statements `listCases` runs concurrently — the first page (ranked) and the
 * total count — timed alone, to show where the time goes.
 */
import type { Db } from '../src/db/database.ts';
import type { ServiceContext } from '../src/lib/context.ts';
import { countCases, selectCasePage } from '../src/modules/cases/case-list.queries.ts';
import { listCases } from '../src/modules/cases/index.ts';
import { queryTerms } from '../src/text/search-terms.ts';
import { summarize, type Summary } from './stats.ts';
import { ABSENT_TERM, RARE_TERM } from './vocabulary.ts';

export const SEARCH_QUERIES: { q: string; kind: string }[] = [
  { q: '工资', kind: '2 characters' },
  { q: '物业', kind: '2 characters' },
  { q: '漏水', kind: '2 characters' },
  { q: '噪音', kind: '2 characters' },
  { q: '离婚', kind: '2 characters' },
  { q: '押金', kind: '2 characters' },
  { q: '拖欠工资', kind: 'words apart in text' },
  { q: '噪音扰民', kind: 'phrase' },
  { q: '土地流转', kind: 'phrase' },
  { q: '物业费', kind: 'phrase' },
  { q: '交通事故赔偿', kind: 'phrase' },
  { q: '预付卡退费', kind: 'phrase' },
  { q: '工伤认定', kind: 'phrase' },
  { q: '赡养老人', kind: 'phrase' },
  { q: '宅基地边界', kind: 'phrase' },
  { q: '医疗损害', kind: 'phrase' },
  { q: '电梯 故障', kind: 'two words' },
  { q: '张伟', kind: 'party name' },
  { q: '恒信建筑劳务', kind: 'company name' },
  { q: RARE_TERM, kind: 'rare (≈1 in 2,000)' },
  { q: ABSENT_TERM, kind: 'in no case' },
];

export interface QueryFigures {
  q: string;
  kind: string;
  matches: number;
  whole: Summary;
  page: Summary;
  count: Summary;
}

export interface SearchReport {
  perQuery: QueryFigures[];
  overall: Summary;
}

/**
 * Asks every query in turn until `total` measured searches (after one unmeasured round) or
 * until `maxMs` has passed, then times the two statements alone for two rounds.
 */
export async function benchSearch(
  ctx: ServiceContext,
  db: Db,
  total: number,
  maxMs: number,
): Promise<SearchReport> {
  const deadline = performance.now() + maxMs;
  const rounds = Math.ceil(total / SEARCH_QUERIES.length);
  const times = SEARCH_QUERIES.map(() => ({
    whole: [] as number[],
    page: [] as number[],
    count: [] as number[],
  }));
  const matches = SEARCH_QUERIES.map(() => 0);
  for (let round = 0; round <= rounds && (round < 2 || performance.now() < deadline); round++) {
    for (const [i, { q }] of SEARCH_QUERIES.entries()) {
      const t0 = performance.now();
      const result = await listCases(ctx, { q, limit: 20 });
      const t1 = performance.now();
      matches[i] = result.total;
      if (round > 0) times[i]!.whole.push(t1 - t0);
    }
  }
  // The parts alone, twice: the page (ranked, limit 21) and the count.
  for (let round = 1; round <= 2; round++) {
    for (const [i, { q }] of SEARCH_QUERIES.entries()) {
      const filter = { scopeOrgIds: null, terms: queryTerms(q) };
      const t0 = performance.now();
      await selectCasePage(db, filter, null, 20);
      const t1 = performance.now();
      await countCases(db, filter);
      const t2 = performance.now();
      if (round > 0) {
        times[i]!.page.push(t1 - t0);
        times[i]!.count.push(t2 - t1);
      }
    }
  }
  return {
    perQuery: SEARCH_QUERIES.map(({ q, kind }, i) => ({
      q,
      kind,
      matches: matches[i]!,
      whole: summarize(times[i]!.whole),
      page: summarize(times[i]!.page),
      count: summarize(times[i]!.count),
    })),
    overall: summarize(times.flatMap((t) => t.whole)),
  };
}
