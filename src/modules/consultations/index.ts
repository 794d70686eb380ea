/**
 * "3+X" consultations (会商研判, issue 5): a leader convenes a judge, the chief mediator
 * and a legal-aid lawyer with the departments concerned about a case; the minutes and
 * decisions are recorded, and each decision becomes a tracked task with an owner and a
 * due day (open / done / overdue), reminded when due. Owns the tables `consultations`,
 * `consultation_participants` and `consultation_tasks`.
 */
export {
  conveneConsultation,
  listCaseConsultations,
  getConsultation,
  cancelConsultation,
} from './consultations.service.ts';
export { listConsultations } from './consultation-list.service.ts';
export { recordMinutes } from './minutes.service.ts';
export { listTasks, completeTask, remindDueTasks } from './tasks.service.ts';
export { CORE_KINDS, missingCoreKinds, decisionKey, isOverdue } from './consultation-rules.ts';
export { consultationsRoutes } from './consultations.routes.ts';
export type { ConveneBody, MinutesBody, DecisionInput, ParticipantInput } from './consultations.schemas.ts';
