/**
 * Supervision (督办) and the deadline sweep that raises it when a case runs over time.
 */
export {
  superviseCase,
  replyToSupervision,
  listSupervisions,
  listCaseSupervisions,
  raiseDeadlineSupervision,
  type SupervisionView,
} from './supervision.service.ts';
export { sweepDeadlines, type SweepResult } from './deadline-sweep.ts';
export { supervisionRoutes } from './supervision.routes.ts';
