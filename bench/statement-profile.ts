/**
 * Where a registration's time goes: a Kysely plugin that times every statement run
 * through it (from compilation to result, which for a statement run alone is its
 * execution) and sums the times by statement shape. Given to `registerCase` through
 * `db.withPlugin`, it sees every statement of the registration, transaction included;
 * COMMIT is not a statement Kysely compiles, so it shows in the remainder.
 */
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import type { Db } from '../src/db/database.ts';

export interface StatementFigures {
  sql: string;
  calls: number;
  ms: number;
}

/** A statement's SQL with value lists folded, so statements of one shape add up. */
function shapeOf(sql: string): string {
  return sql
    .replace(/\s+/g, ' ')
    .replace(/\((\?|\$\d+)(, (\?|\$\d+))*\)(, \((\?|\$\d+)(, (\?|\$\d+))*\))*/g, '(…)')
    .replace(/\$\d+/g, '?');
}

export class StatementProfile implements KyselyPlugin {
  private readonly running = new WeakMap<object, { at: number; node: RootOperationNode }>();
  private readonly byShape = new Map<string, StatementFigures>();

  constructor(private readonly db: Db) {}

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.running.set(args.queryId, { at: performance.now(), node: args.node });
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const run = this.running.get(args.queryId);
    if (run) {
      const ms = performance.now() - run.at;
      const sql = shapeOf(this.db.getExecutor().compileQuery(run.node, args.queryId).sql);
      const figures = this.byShape.get(sql) ?? { sql, calls: 0, ms: 0 };
      figures.calls += 1;
      figures.ms += ms;
      this.byShape.set(sql, figures);
    }
    return args.result;
  }

  /** Statements by total time, most expensive first. */
  statements(): StatementFigures[] {
    return [...this.byShape.values()].sort((a, b) => b.ms - a.ms);
  }
}
