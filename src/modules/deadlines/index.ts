/**
 * Deadlines (issue 4): deadline profiles, case timers evaluated on read against the
 * district calendar, and the custody log that attributes time to each organisation.
 * The case state machine calls the timer functions inside its transaction.
 */
export {
  listProfiles,
  createProfile,
  updateProfile,
  pickProfile,
  type ProfileView,
} from './deadline-profiles.service.ts';
export {
  startTimer,
  pauseTimers,
  resumeTimers,
  stopTimer,
  stopAllTimers,
  extendTimer,
  recordCustody,
  markTimerLevel,
} from './timers.service.ts';
export {
  caseDeadline,
  listTimers,
  viewCaseTimers,
  listOpenTimersForSweep,
  type TimerView,
  type CaseTimerView,
  type CaseDeadline,
} from './timers.read.ts';
export {
  evaluateTimer,
  usedByOrg,
  type TimerLevel,
  type TimerStage,
  type TimerEvaluation,
} from './timer-evaluation.ts';
export { deadlinesRoutes } from './deadlines.routes.ts';
