/**
 * 督办 (issue 4): a leader marks a case for supervision with an urgency, a note and a reply date; the
 * organisation holding the case replies. The server's schema lives in its route file, so the shape is
 * written out here.
 */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export const URGENCIES = ['normal', 'urgent', 'critical'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** One supervision as the server lists it. */
export interface Supervision {
  id: string;
  caseId: string;
  caseNumber: string;
  caseSubject: string;
  /** `leader`, or `deadline_red` when the deadline sweep raised it. */
  source: string;
  urgency: string;
  note: string;
  /** The organisation that must reply. */
  orgId: string;
  orgName: string;
  createdBy: string | null;
  createdByName: string | null;
  replyDueAt: string;
  reply: string | null;
  repliedBy: string | null;
  repliedAt: string | null;
  createdAt: string;
  isOpen: boolean;
}

export interface NewSupervision {
  urgency: Urgency;
  note: string;
  /** `YYYY-MM-DD` (Asia/Shanghai). */
  replyBy: string;
}

export const SUPERVISIONS_QUERY_KEY = ['supervisions'] as const;

/** The supervisions of one case. */
export function useCaseSupervisions(caseId: string) {
  return useQuery({
    queryKey: [...SUPERVISIONS_QUERY_KEY, 'case', caseId],
    queryFn: ({ signal }) =>
      api
        .get<{ items: Supervision[] }>(`/cases/${encodeURIComponent(caseId)}/supervisions`, undefined, signal)
        .then((page) => page.items),
  });
}

export const superviseCase = (caseId: string, body: NewSupervision) =>
  api.post<Supervision>(`/cases/${encodeURIComponent(caseId)}/supervisions`, body);
export const replySupervision = (id: string, reply: string) =>
  api.post<Supervision>(`/supervisions/${encodeURIComponent(id)}/reply`, { reply });
