/**
 * The online mediation room's HTTP side (issue 6). Staff go through the case (`/cases/:id/sessions/:sid/room`,
 * session cookie); a citizen holds a room ticket bought with the tracking-code proof and sends it in the
 * `x-room-ticket` header, never in a URL (so downloads are fetched, then saved from a blob).
 */
import type { Static } from '@sinclair/typebox';
import type { MessageSchema, RoomSchema, TicketSchema } from '../../../modules/rooms/rooms.schemas.ts';
import { ApiProblem, api, apiUrl, type ProblemBody } from '../../api/client.ts';
import type { PortalProof } from '../portal/portal.api.ts';

export type RoomMessage = Static<typeof MessageSchema>;
export type Room = Static<typeof RoomSchema>;
export type RoomDraft = Room['drafts'][number];
export type RoomTicket = Static<typeof TicketSchema>;

/** The content of a draft message or record (room-drafts.service.ts DraftContent). */
export interface DraftContent {
  title: string;
  text: string;
  agreementNumber: string | null;
  terms: { obligation: string; amountFen: number | null; dueDate: string | null }[];
}

export const JOINT = 'joint';
export const privateChannel = (partyId: string) => `private:${partyId}`;

/** Staff: the room's base path under the case. */
export const staffRoomPath = (caseId: string, sessionId: string) =>
  `/cases/${caseId}/sessions/${sessionId}/room`;

export const staffRoomApi = {
  get: (caseId: string, sessionId: string) => api.get<Room>(staffRoomPath(caseId, sessionId)),
  postDraft: (caseId: string, sessionId: string, body: { agreementId?: string; text?: string }) =>
    api.post<RoomMessage>(`${staffRoomPath(caseId, sessionId)}/drafts`, body),
  shareFile: (caseId: string, sessionId: string, channel: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api.postForm<RoomMessage>(
      `${staffRoomPath(caseId, sessionId)}/files?channel=${encodeURIComponent(channel)}`,
      form,
    );
  },
  fileUrl: (caseId: string, sessionId: string, fileId: string) =>
    apiUrl(`${staffRoomPath(caseId, sessionId)}/files/${fileId}`),
};

async function withTicket(ticket: string, path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path), {
      ...init,
      headers: {
        Accept: 'application/json, application/problem+json',
        'x-room-ticket': ticket,
        ...init.headers,
      },
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new ApiProblem(0, { title: 'Network error', detail: String(error) });
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as ProblemBody;
    throw new ApiProblem(response.status, body);
  }
  return response;
}

export const portalRoomApi = {
  ticket: (proof: PortalProof, sessionId: string) =>
    api.post<RoomTicket>('/portal/room-ticket', { ...proof, sessionId }),
  get: async (ticket: string) => (await withTicket(ticket, '/portal/room')).json() as Promise<Room>,
  shareFile: async (ticket: string, channel: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    const path = `/portal/room/files?channel=${encodeURIComponent(channel)}`;
    return (await withTicket(ticket, path, { method: 'POST', body: form })).json() as Promise<RoomMessage>;
  },
  /** Fetches a shared file with the ticket and hands it to the browser as a download. */
  download: async (ticket: string, fileId: string, fileName: string) => {
    const blob = await (await withTicket(ticket, `/portal/room/files/${fileId}`)).blob();
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
  confirm: (proof: PortalProof, sessionId: string, draftId: string) =>
    api.post<RoomMessage>(`/portal/room/drafts/${draftId}/confirm`, { ...proof, sessionId }),
};
