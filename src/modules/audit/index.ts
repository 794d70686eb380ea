/**
 * Audit trail: who did what to which record, when and from where, chained by hashes so
 * tampering is detectable (`fengqiao audit-verify`).
 */
export { recordAudit, verifyAuditChain, type AuditEntry, type AuditVerification } from './audit.service.ts';
export { selectAuditRowsForTarget as listAuditForTarget } from './audit.queries.ts';
