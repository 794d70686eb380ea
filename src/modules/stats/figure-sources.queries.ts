/**
 * The row source of every count figure (issue 7): what one counted item is and the date
 * that places it in a period, exactly as figure-definitions.ts words it. Each source
 * selects `{caseId, at, ref}` with `ref` unique per item; stats.queries.ts joins the
 * cases, applies the scope, and counts, buckets or lists the rows.
 */
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { jsonText } from '../../db/dialect.ts';
import { OPEN_STATUSES } from '../cases/index.ts';
import type { CountKey } from './figure-definitions.ts';
import type { PeriodRange } from './period.ts';

type AnyDb = Kysely<any>;
type Query = SelectQueryBuilder<any, any, any>;

// ----- shared expression helpers -----

const inInstants = (q: Query, column: string, range: PeriodRange | null) =>
  range ? q.where(column, '>=', range.fromAt).where(column, '<', range.toAt) : q;
const inDays = (q: Query, column: string, range: PeriodRange | null) =>
  range ? q.where(column, '>=', range.from).where(column, '<=', range.to) : q;

/** Each case's first event of `type` (a reopened case does not count twice), in the period. */
function firstEvent(db: AnyDb, type: string, range: PeriodRange | null): Query {
  const q = db
    .selectFrom('caseEvents as e')
    .select(['e.caseId as caseId', 'e.at as at', 'e.caseId as ref'])
    .where('e.type', '=', type)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('caseEvents as p')
            .select('p.seq')
            .whereRef('p.caseId', '=', 'e.caseId')
            .where('p.type', '=', type)
            .whereRef('p.seq', '<', 'e.seq'),
        ),
      ),
    );
  return inInstants(q, 'e.at', range);
}

function ratingsRows(db: AnyDb, range: PeriodRange | null): Query {
  const q = db
    .selectFrom('caseRatings as r')
    .select(['r.caseId as caseId', 'r.createdAt as at', 'r.id as ref']);
  return inInstants(q, 'r.createdAt', range);
}

function courtClosedRows(db: AnyDb, range: PeriodRange | null): Query {
  const q = db
    .selectFrom('courtTransfers as t')
    .select(['t.caseId as caseId', 't.outcomeOn as at', 't.id as ref'])
    .where('t.direction', '=', 'from_court')
    .where('t.outcome', 'is not', null);
  return inDays(q, 't.outcomeOn', range);
}

function fulfilledAgreementRows(db: AnyDb, range: PeriodRange | null): Query {
  let done = db
    .selectFrom('agreementTerms')
    .select((eb) => ['agreementId', eb.fn.max('checkedAt').as('fulfilledAt')])
    .groupBy('agreementId')
    .having((eb) => eb.fn.sum(eb.case().when('status', '=', 'fulfilled').then(0).else(1).end()), '=', 0);
  // The last check falls in the period only if some check does: look at those agreements alone.
  if (range)
    done = done.where(
      'agreementId',
      'in',
      inInstants(db.selectFrom('agreementTerms as ct').select('ct.agreementId'), 'ct.checkedAt', range),
    );
  const q = db
    .selectFrom('agreements as a')
    .innerJoin(done.as('t'), 't.agreementId', 'a.id')
    .select(['a.caseId as caseId', 't.fulfilledAt as at', 'a.id as ref']);
  return inInstants(q, 't.fulfilledAt', range);
}

export interface Source {
  /** Rows `{caseId, at, ref}`: one per counted item (`ref` unique), with the date that counts. */
  rows(db: AnyDb, range: PeriodRange | null): Query;
  /** A condition on the joined `cases` row. */
  onCase?(q: Query, db: AnyDb): Query;
}

/** The row source of every count figure (figure-definitions.ts holds their wording). */
export const SOURCES: Record<CountKey, Source> = {
  found: {
    rows: (db, range) =>
      inInstants(
        db.selectFrom('cases as fc').select(['fc.id as caseId', 'fc.createdAt as at', 'fc.id as ref']),
        'fc.createdAt',
        range,
      ),
  },
  accepted: { rows: (db, range) => firstEvent(db, 'accept', range) },
  mediated: { rows: (db, range) => firstEvent(db, 'record_outcome', range) },
  mediatedSuccess: {
    rows: (db, range) => firstEvent(db, 'record_outcome', range).where('e.toStatus', '=', 'mediated_success'),
  },
  resolved: { rows: (db, range) => firstEvent(db, 'resolve', range) },
  resolvedOnTime: {
    rows: (db, range) =>
      firstEvent(db, 'resolve', range).where(
        sql`coalesce(${jsonText(db, sql.ref('e.data'), 'deadlineLevel')}, '')`,
        '<>',
        'red',
      ),
  },
  overdue: {
    rows: (db) =>
      db
        .selectFrom('cases as oc')
        .select((eb) => [
          'oc.id as caseId',
          eb.fn.coalesce('oc.dueAt', 'oc.updatedAt').as('at'),
          'oc.id as ref',
        ])
        .where('oc.status', 'in', [...OPEN_STATUSES])
        .where('oc.deadlineLevel', '=', 'red'),
  },
  ratings: { rows: ratingsRows },
  ratingsSatisfied: {
    rows: (db, range) => ratingsRows(db, range).where('r.rating', 'in', ['satisfied', 'basically_satisfied']),
  },
  zeroVisit: {
    rows: (db, range) => firstEvent(db, 'resolve', range),
    onCase: (q) => q.where('cases.visits', '=', 0),
  },
  oneVisit: {
    rows: (db, range) => firstEvent(db, 'resolve', range),
    onCase: (q) => q.where('cases.visits', '=', 1),
  },
  courtReferralsClosed: { rows: courtClosedRows },
  courtReferralsSettled: {
    rows: (db, range) => courtClosedRows(db, range).where('t.outcome', '=', 'settled'),
  },
  judicialApplied: {
    rows: (db, range) =>
      inDays(
        db
          .selectFrom('judicialConfirmations as j')
          .select(['j.caseId as caseId', 'j.appliedOn as at', 'j.id as ref']),
        'j.appliedOn',
        range,
      ),
  },
  judicialConfirmed: {
    rows: (db, range) =>
      inDays(
        db
          .selectFrom('judicialConfirmations as j')
          .select(['j.caseId as caseId', 'j.decidedOn as at', 'j.id as ref'])
          .where('j.decision', '=', 'confirmed'),
        'j.decidedOn',
        range,
      ),
  },
  followupsDue: {
    rows: (db, range) =>
      inDays(
        db
          .selectFrom('followups as fu')
          .select(['fu.caseId as caseId', 'fu.dueOn as at', 'fu.id as ref'])
          .where('fu.status', '<>', 'cancelled'),
        'fu.dueOn',
        range,
      ),
  },
  followupsDone: {
    rows: (db, range) =>
      inInstants(
        db
          .selectFrom('followups as fu')
          .select(['fu.caseId as caseId', 'fu.doneAt as at', 'fu.id as ref'])
          .where('fu.status', '=', 'done'),
        'fu.doneAt',
        range,
      ),
  },
  agreementsFulfilled: { rows: fulfilledAgreementRows },
};
