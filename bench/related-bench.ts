/**
 * Related-case detection at registration: `findRelatedCases` (src/modules/cases/
 * related-cases.ts) timed alone on new, realistic registrations while `--size` cases are
 * present — the part of `registerCase` that grows with the registry. Everything it is
 * given (parties prepared, SimHash and bands, category, grid) is worked out beforehand,
 * untimed, as `registerCase` does. Then each of its lookups is timed alone with the same
 * arguments, to show which one costs what.
 */
import type { RegisterCaseBody } from '../src/modules/cases/index.ts';
import type { ServiceContext } from '../src/lib/context.ts';
import * as q from '../src/modules/cases/cases.queries.ts';
import { prepareParties } from '../src/modules/cases/parties.ts';
import { findRelatedCases, type RelatedInput } from '../src/modules/cases/related-cases.ts';
import { resolveActiveCategory, topCategoryMap } from '../src/modules/categories/index.ts';
import { findGridAt } from '../src/modules/orgs/index.ts';
import { newId } from '../src/lib/ids.ts';
import { indexTerms } from '../src/text/search-terms.ts';
import { simhash, simhashToBands } from '../src/text/simhash.ts';
import { summarize, type Summary } from './stats.ts';

/** The limits and window of related-cases.ts (not exported there). */
const LIMIT = 50;
const SAME_PLACE_DAYS = 30;

export interface LookupFigures {
  name: string;
  /** Registrations that needed this lookup. */
  calls: number;
  time: Summary;
  meanRows: number;
}

export interface RelatedReport {
  samples: number;
  whole: Summary;
  lookups: LookupFigures[];
  /** Share of registrations with at least one related case, and links per registration. */
  shareLinked: number;
  meanLinks: number;
  shareRepeat: number;
  reasons: Map<string, number>;
}

async function prepare(
  ctx: ServiceContext,
  input: RegisterCaseBody,
  topOf: Map<string, string>,
): Promise<RelatedInput> {
  const now = ctx.clock.now();
  const category = await resolveActiveCategory(ctx, input.category);
  let gridId = input.gridId ?? null;
  if (!gridId && input.lat !== undefined && input.lng !== undefined)
    gridId = (await findGridAt(ctx, input.lat, input.lng)) ?? null;
  const { rows: parties, errors } = prepareParties(input.parties, ctx.pii, now);
  if (errors.length) throw new Error(`a generated case failed validation: ${errors[0]!.detail}`);
  const hash = simhash(indexTerms(input.description));
  return {
    caseId: newId(),
    parties,
    gridId,
    categoryCode: category.code,
    topCategoryCode: category.topCode,
    simhash: hash,
    bands: simhashToBands(hash),
    now,
    topCategoryOf: (code) => topOf.get(code) ?? code,
  };
}

class Lookup {
  readonly times: number[] = [];
  rows = 0;
  constructor(readonly name: string) {}
  async time(run: () => Promise<unknown[]>): Promise<void> {
    const started = performance.now();
    const rows = await run();
    this.times.push(performance.now() - started);
    this.rows += rows.length;
  }
  figures(): LookupFigures {
    return {
      name: this.name,
      calls: this.times.length,
      time: summarize(this.times),
      meanRows: this.times.length ? this.rows / this.times.length : 0,
    };
  }
}

/** Times `findRelatedCases` on each registration, then each lookup; each pass stops after `maxMs`. */
export async function benchRelated(
  ctx: ServiceContext,
  registrations: readonly RegisterCaseBody[],
  maxMs: number,
): Promise<RelatedReport> {
  const topOf = await topCategoryMap(ctx);
  const inputs: RelatedInput[] = [];
  for (const r of registrations) inputs.push(await prepare(ctx, r, topOf));
  for (const input of inputs.slice(0, 20)) await findRelatedCases(ctx.db, input);

  const times: number[] = [];
  const reasons = new Map<string, number>();
  let linked = 0;
  let links = 0;
  let repeats = 0;
  let deadline = performance.now() + maxMs;
  for (const input of inputs) {
    if (performance.now() > deadline) break;
    const started = performance.now();
    const result = await findRelatedCases(ctx.db, input);
    times.push(performance.now() - started);
    if (result.links.length) linked += 1;
    links += result.links.length;
    if (result.isRepeat) repeats += 1;
    for (const l of result.links) reasons.set(l.reason, (reasons.get(l.reason) ?? 0) + 1);
  }

  const byParty = new Lookup('same party (ID/phone hash)');
  const byRespondent = new Lookup('same respondent organisation');
  const byPlace = new Lookup('same grid + category, 30 days');
  const byBands = new Lookup('SimHash bands (near duplicates)');
  deadline = performance.now() + maxMs;
  for (const input of inputs) {
    if (performance.now() > deadline) break;
    const hashes = input.parties.flatMap((p) =>
      [p.idNumberHash, p.phoneHash].filter((h): h is string => !!h),
    );
    if (hashes.length) await byParty.time(() => q.selectCasesByPartyHashes(ctx.db, hashes, LIMIT));
    const orgs = input.parties.filter((p) => p.role === 'respondent' && p.kind === 'organisation');
    if (orgs.length) {
      const codes = orgs.flatMap((p) => (p.creditCode ? [p.creditCode] : []));
      await byRespondent.time(() =>
        q.selectCasesByRespondentOrg(
          ctx.db,
          codes,
          orgs.map((p) => p.name),
          LIMIT,
        ),
      );
    }
    if (input.gridId) {
      const since = new Date(input.now.getTime() - SAME_PLACE_DAYS * 86_400_000).toISOString();
      await byPlace.time(() =>
        q.selectSameGridCategorySince(ctx.db, input.gridId!, input.categoryCode, since, LIMIT),
      );
    }
    await byBands.time(() => q.selectCasesByBands(ctx.db, input.bands, 4 * LIMIT));
  }
  return {
    samples: times.length,
    whole: summarize(times),
    lookups: [byParty, byRespondent, byPlace, byBands].map((l) => l.figures()),
    shareLinked: linked / times.length,
    meanLinks: links / times.length,
    shareRepeat: repeats / times.length,
    reasons,
  };
}
