/** Maps case rows to what the API returns (masked parties, flags as a list, nested references). */
import type { CaseAttachmentsTable, CaseEventsTable, CasePartiesTable } from '../../db/tables.ts';
import type { CaseFlag } from './cases.schemas.ts';
import type { CaseDetailRow } from './cases.queries.ts';
import type { CasePageRow } from './case-list.queries.ts';
import { toPartyView } from './parties.ts';

type FlagColumns = Pick<CaseDetailRow, 'isGroupIncident' | 'isRepeat' | 'isUrgent' | 'isSensitive'>;

export function flagsOf(row: FlagColumns): CaseFlag[] {
  const flags: CaseFlag[] = [];
  if (row.isGroupIncident) flags.push('group_incident');
  if (row.isRepeat) flags.push('repeat');
  if (row.isUrgent) flags.push('urgent');
  if (row.isSensitive) flags.push('sensitive');
  return flags;
}

export interface DeadlineView {
  kind: string;
  dueAt: string;
  level: string;
  usedShare: number;
  isPaused: boolean;
  profileCode: string;
}

function core(row: CasePageRow | CaseDetailRow) {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    version: row.version,
    channel: row.channel,
    category: {
      code: row.categoryCode,
      nameZh: row.categoryNameZh,
      nameEn: row.categoryNameEn,
      topCode: row.categoryParentCode ?? row.categoryCode,
    },
    petitionType: row.petitionType,
    subject: row.subject,
    risk: row.risk,
    flags: flagsOf(row),
    grid: row.gridId ? { id: row.gridId, name: row.gridName ?? '' } : null,
    currentOrg: { id: row.currentOrgId, name: row.currentOrgName },
    createdAt: row.createdAt,
  };
}

export function toListItem(row: CasePageRow, applicants: string[]) {
  return {
    ...core(row),
    applicants,
    score: row.score === null || row.score === undefined ? null : Number(row.score),
  };
}

export function attachmentUrl(caseId: string, id: string): string {
  return `/api/v1/cases/${caseId}/attachments/${id}`;
}

interface Related {
  caseId: string;
  number: string;
  subject: string;
  status: string;
  createdAt: string;
  reason: string;
  score: number;
}

/** Merges a case's links (both directions) into one entry per related case, best score first. */
function mergeLinks(links: Related[]) {
  const byCase = new Map<
    string,
    {
      caseId: string;
      number: string;
      subject: string;
      status: string;
      createdAt: string;
      reasons: string[];
      score: number;
    }
  >();
  for (const l of links) {
    const entry = byCase.get(l.caseId) ?? {
      caseId: l.caseId,
      number: l.number,
      subject: l.subject,
      status: l.status,
      createdAt: l.createdAt,
      reasons: [],
      score: 0,
    };
    if (!entry.reasons.includes(l.reason)) entry.reasons.push(l.reason);
    entry.score = Math.max(entry.score, Number(l.score));
    byCase.set(l.caseId, entry);
  }
  return [...byCase.values()].sort((a, b) => b.score - a.score || b.createdAt.localeCompare(a.createdAt));
}

export function toCaseView(
  row: CaseDetailRow,
  parts: {
    parties: CasePartiesTable[];
    attachments: CaseAttachmentsTable[];
    events: CaseEventsTable[];
    links: Related[];
  },
  workflow: { allowedActions: string[]; deadline: DeadlineView | null },
) {
  return {
    ...core(row),
    allowedActions: workflow.allowedActions,
    deadline: workflow.deadline,
    assignedUserId: row.assignedUserId,
    isSuspended: row.isSuspended === 1,
    extensionRequest: row.extensionRequest ? (JSON.parse(row.extensionRequest) as unknown) : null,
    needsLeader: row.needsLeader === 1,
    outcome: row.outcome,
    description: row.description,
    occurredAt: row.occurredAt,
    address: row.address,
    lat: row.lat,
    lng: row.lng,
    peopleInvolved: row.peopleInvolved,
    amountFen: row.amountFen === null ? null : Number(row.amountFen),
    registeredOrg: { id: row.registeredOrgId, name: row.registeredOrgName },
    registeredBy: row.registeredBy ? { id: row.registeredBy, name: row.registeredByName ?? '' } : null,
    visits: row.visits,
    updatedAt: row.updatedAt,
    parties: parts.parties.map(toPartyView),
    attachments: parts.attachments.map((a) => ({
      id: a.id,
      fileName: a.fileName,
      mimeType: a.mimeType,
      size: a.size,
      sha256: a.sha256,
      uploadedAt: a.uploadedAt,
      url: attachmentUrl(row.id, a.id),
    })),
    related: mergeLinks(parts.links),
    events: parts.events.map((e) => ({
      seq: e.seq,
      at: e.at,
      type: e.type,
      actorName: e.actorName,
      orgId: e.orgId,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      note: e.note,
      data: e.data ? (JSON.parse(e.data) as unknown) : null,
    })),
  };
}
