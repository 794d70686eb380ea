/**
 * Realistic, reproducible case registrations (the body of POST /api/v1/cases): varied
 * categories and channels, parties with valid ID numbers (GB 11643 check digit), mobiles
 * and companies with credit codes (GB 32100), and descriptions of 50–300 characters
 * built from dispute phrases. Some applicants come back with a new case and some
 * companies are complained about often, as in real registries, so related-case
 * detection has matches to find.
 */
import type { PartyInput, RegisterCaseBody } from '../src/modules/cases/index.ts';
import { creditCodeCheckChar, idNumberCheckChar } from '../src/lib/identity.ts';
import { DISPUTES, type DisputeKind } from './dispute-phrases.ts';
import { createRng, type Rng } from '../src/lib/prng.ts';
import * as v from './vocabulary.ts';

/** A grid of the district and its bounding box (WGS 84), for gridId and lat/lng. */
export interface GridPlace {
  id: string;
  west: number;
  south: number;
  east: number;
  north: number;
}

const CHANNELS = [
  'walk_in',
  'hotline_12345',
  'grid_report',
  'phone',
  'online',
  'letter',
  'petition',
  'transfer',
  'open311',
] as const;
const CHANNEL_WEIGHTS = [30, 25, 15, 8, 10, 3, 4, 4, 1];
const PETITION_TYPES = ['suggestion', 'complaint', 'appeal'] as const;
const RISKS = ['low', 'medium', 'high', 'major'] as const;
const RISK_WEIGHTS = [60, 30, 8, 2];
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Applicants remembered for repeat visits, and the share of cases brought by one of them. */
const RETURNING_POOL = 5_000;
const RETURNING_SHARE = 0.04;
/** A returning applicant mostly comes back about the same kind of dispute. */
const SAME_MATTER_SHARE = 0.7;
/** Companies per industry: employers and shops that are complained about again and again. */
const COMPANIES_PER_INDUSTRY = 1_000;
/** About one case in 2,000 holds the rare phrase (only land cases, 4 % of all). */
const RARE_SHARE_OF_LAND_CASES = 0.0125;

export interface CaseGenerator {
  /** The next registration, as a clerk would enter it at instant `at`. */
  next(at: Date): RegisterCaseBody;
}

export function createCaseGenerator(seed: number, grids: readonly GridPlace[]): CaseGenerator {
  const rng = createRng(seed);
  const returning: { person: PartyInput; kind: DisputeKind }[] = [];
  const companies = new Map<string, PartyInput[]>();
  const disputeWeights = DISPUTES.map((d) => d.weight);

  const personName = (): string =>
    rng.pick(v.SURNAMES.slice(0, rng.chance(0.7) ? 20 : v.SURNAMES.length)) +
    rng.pick(v.GIVEN_CHARS) +
    (rng.chance(0.75) ? rng.pick(v.GIVEN_CHARS) : '');

  const company = (industry: v.Industry): PartyInput => {
    const pool = companies.get(industry) ?? [];
    companies.set(industry, pool);
    if (pool.length >= COMPANIES_PER_INDUSTRY) return rng.pick(pool);
    const trade = rng.pick(v.INDUSTRIES[industry]);
    const name = `${rng.pick(v.PLACE_PREFIXES)}${rng.pick(v.TRADE_NAMES)}${trade}有限公司`;
    const org: PartyInput = {
      kind: 'organisation',
      role: 'respondent',
      name,
      legalRepresentative: personName(),
    };
    if (rng.chance(0.7)) org.creditCode = creditCode(rng);
    if (rng.chance(0.5)) org.phone = rng.chance(0.5) ? mobile(rng) : `0571-8${rng.int(1_000_000, 9_999_999)}`;
    pool.push(org);
    return org;
  };

  /** An applicant: someone new, or (RETURNING_SHARE) someone who came before, with the matter they came about. */
  const applicant = (at: Date, kind: DisputeKind): { person: PartyInput; kind: DisputeKind } => {
    if (returning.length > 100 && rng.chance(RETURNING_SHARE)) {
      const earlier = rng.pick(returning);
      return { person: { ...earlier.person }, kind: rng.chance(SAME_MATTER_SHARE) ? earlier.kind : kind };
    }
    const person: PartyInput = { kind: 'person', role: 'applicant', name: personName() };
    if (rng.chance(0.85)) person.idNumber = idNumber(rng, at);
    if (rng.chance(0.92)) person.phone = mobile(rng);
    if (rng.chance(0.3)) person.ethnicity = rng.pick(v.ETHNICITIES);
    if (rng.chance(0.4))
      person.address = `${rng.pick(v.ESTATES)}${rng.int(1, 30)}幢${rng.int(1, 3)}单元${rng.int(101, 1802)}室`;
    if (rng.chance(0.05))
      person.agent = { name: personName(), ...(rng.chance(0.8) ? { phone: mobile(rng) } : {}) };
    if (returning.length < RETURNING_POOL) returning.push({ person, kind });
    else returning[rng.int(0, RETURNING_POOL - 1)] = { person, kind };
    return { person, kind };
  };

  const respondent = (kind: DisputeKind, at: Date): PartyInput | null => {
    if (rng.chance(0.08)) return null;
    if (kind.respondent !== 'person') return company(kind.respondent);
    const person: PartyInput = { kind: 'person', role: 'respondent', name: personName() };
    if (rng.chance(0.5)) person.phone = mobile(rng);
    if (rng.chance(0.3)) person.idNumber = idNumber(rng, at);
    return person;
  };

  return {
    next(at) {
      const first = applicant(at, rng.weighted(DISPUTES, disputeWeights));
      const kind = first.kind;
      const channel = rng.weighted(CHANNELS, CHANNEL_WEIGHTS);
      const applicants = [first.person];
      const extra = rng.chance(0.1) ? rng.int(1, 2) : 0;
      for (let i = 0; i < extra; i++) applicants.push(applicant(at, kind).person);
      const other = respondent(kind, at);
      const parties = other ? [...applicants, other] : applicants;
      const slots = fillSlots(rng, at, applicants[0]!.name, other?.name ?? personName(), personName());
      const peopleInvolved = ['wage_arrears', 'prepaid_card', 'property_fee', 'land_transfer'].includes(
        kind.code,
      )
        ? rng.weighted([1, rng.int(2, 9), rng.int(10, 80)], [5, 3, 2])
        : rng.weighted([1, 2, rng.int(3, 6)], [80, 15, 5]);
      const body: RegisterCaseBody = {
        channel,
        category: rng.chance(0.05) ? topCodeOf(kind.code) : kind.code,
        subject: slots(rng.pick(kind.subjects)).slice(0, 100),
        description: describe(rng, kind, slots),
        peopleInvolved,
        risk: rng.weighted(RISKS, RISK_WEIGHTS),
        parties,
      };
      if (channel === 'petition') body.petitionType = rng.pick(PETITION_TYPES);
      if (rng.chance(0.7))
        body.occurredAt = new Date(at.getTime() - rng.int(1, 90 * 24) * 3_600_000).toISOString();
      if (rng.chance(0.6)) body.amountFen = rng.int(20, 3_000) * 10_000;
      placeCase(rng, body, grids);
      const flags: NonNullable<RegisterCaseBody['flags']> = [];
      if (peopleInvolved >= 5 && rng.chance(0.5)) flags.push('group_incident');
      if (rng.chance(0.03)) flags.push('urgent');
      if (rng.chance(0.01)) flags.push('sensitive');
      if (flags.length) body.flags = flags;
      return body;
    },
  };
}

const TOP_OF = new Map<string, string>([
  ['wage_arrears', 'labour'],
  ['labour_contract', 'labour'],
  ['noise', 'neighbour'],
  ['water_leak', 'neighbour'],
  ['property_fee', 'property_management'],
  ['divorce', 'marriage_family'],
  ['prepaid_card', 'consumer'],
]);

/** A first-level code for some cases (clerks sometimes pick only the top level). */
function topCodeOf(code: string): string {
  return TOP_OF.get(code) ?? code;
}

function placeCase(rng: Rng, body: RegisterCaseBody, grids: readonly GridPlace[]): void {
  if (grids.length === 0) return;
  const grid = rng.pick(grids);
  const where = rng.next();
  if (where < 0.45 || body.channel === 'grid_report') body.gridId = grid.id;
  else if (where < 0.8) {
    body.lat = round6(grid.south + (grid.north - grid.south) * (0.05 + 0.9 * rng.next()));
    body.lng = round6(grid.west + (grid.east - grid.west) * (0.05 + 0.9 * rng.next()));
  }
  if (rng.chance(0.6)) body.address = `${rng.pick(v.ROADS)}${rng.int(1, 400)}号`;
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** A function that fills the slots of one case's phrases consistently. */
function fillSlots(rng: Rng, at: Date, applicantName: string, respondentName: string, otherName: string) {
  const local = new Date(at.getTime() + 8 * 3_600_000 - rng.int(0, 60) * 86_400_000);
  const values: Record<string, string> = {
    A: applicantName,
    R: respondentName,
    P: otherName,
    estate: rng.pick(v.ESTATES),
    village: rng.pick(v.VILLAGES),
    group: rng.pick(v.VILLAGE_GROUPS),
    road: rng.pick(v.ROADS),
    room: `${rng.int(1, 30)}幢${rng.int(1, 28)}0${rng.int(1, 4)}`,
    amount: String(rng.int(2, 300) * (rng.chance(0.5) ? 1000 : 100)),
    months: String(rng.int(2, 18)),
    years: String(rng.int(1, 15)),
    n: String(rng.int(2, 40)),
    date: `${local.getUTCMonth() + 1}月${local.getUTCDate()}日`,
    hospital: rng.pick(v.MEDICAL_FACILITIES),
    vehicle: rng.pick(v.VEHICLES),
    age: String(rng.int(20, 88)),
    period: rng.pick(v.PERIODS),
    num: String(rng.int(1, 400)),
    paid: String(rng.int(0, 50) * 100),
    evidence: `${rng.pick(v.EVIDENCE)}、${rng.pick(v.EVIDENCE)}`,
    relative: rng.pick(v.RELATIVES),
    relation: rng.pick(v.RELATIONS),
    tail: String(rng.int(0, 9999)).padStart(4, '0'),
  };
  return (template: string) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

/**
 * 50–300 characters: an opening, the facts of the dispute joined by connectors and mixed
 * with particulars of this case, what was tried, what is asked.
 */
function describe(rng: Rng, kind: DisputeKind, fill: (t: string) => string): string {
  const target = rng.int(50, 300);
  const facts = shuffled(rng, kind.facts);
  const sentences: string[] = [];
  if (rng.chance(0.7)) sentences.push(fill(rng.pick(v.OPENINGS)));
  sentences.push(fill(facts[0]!));
  if (kind.code.startsWith('land_') && rng.chance(RARE_SHARE_OF_LAND_CASES)) sentences.push(v.RARE_SENTENCE);
  const middle = shuffled(rng, [
    ...facts.slice(1, rng.int(2, facts.length)).map((f) => rng.pick(v.CONNECTORS) + fill(f)),
    ...shuffled(rng, v.PARTICULARS).slice(0, rng.int(1, 3)).map(fill),
  ]);
  const tail = [...middle, rng.pick(v.ATTEMPTS), rng.pick(v.REQUESTS)];
  let text = sentences.join('');
  for (const sentence of tail) {
    if (text.length >= target || text.length + sentence.length > 300) break;
    text += sentence;
  }
  while (text.length < 50) text += rng.pick(v.ATTEMPTS);
  return text.slice(0, 300);
}

function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function mobile(rng: Rng): string {
  return `${rng.pick(v.MOBILE_PREFIXES)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
}

/** A resident ID number of someone aged 18–85 at `at`, with its GB 11643 check character. */
function idNumber(rng: Rng, at: Date): string {
  const year = at.getUTCFullYear() - rng.int(18, 85);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const first17 = `${rng.pick(v.REGION_CODES)}${year}${pad2(month)}${pad2(day)}${String(rng.int(0, 999)).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

/** A unified social credit code of a company (91 + region + organisation code) with its GB 32100 check character. */
function creditCode(rng: Rng): string {
  let code = `91${rng.pick(v.REGION_CODES)}`;
  for (let i = 0; i < 9; i++) code += CREDIT_CHARS[rng.int(0, 30)];
  return code + creditCodeCheckChar(code);
}

const pad2 = (n: number) => String(n).padStart(2, '0');
