/**
 * The case registry (DESIGN.md §3–4) over `/api/v1/cases`: register, find (keyset pages), read one case,
 * reveal a party's whole identifiers (audited), and add attachments. Shapes come from the server's
 * TypeBox schemas (types only, STYLE.md §11).
 */
import type { Static } from '@sinclair/typebox';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type {
  AttachmentSchema,
  CaseListItemSchema,
  CaseListSchema,
  CaseSchema,
  EventSchema,
  ListCasesQuery,
  PartySchema,
  RegisterCaseBody,
  RelatedSchema,
  RevealSchema,
} from '../../../modules/cases/cases.schemas.ts';
import { api, type QueryValue } from '../../api/client.ts';

export type CaseView = Static<typeof CaseSchema>;
export type CaseListItem = Static<typeof CaseListItemSchema>;
export type CaseList = Static<typeof CaseListSchema>;
export type CaseParty = Static<typeof PartySchema>;
export type CaseAttachment = Static<typeof AttachmentSchema>;
export type CaseEvent = Static<typeof EventSchema>;
export type RelatedCase = Static<typeof RelatedSchema>;
export type Revealed = Static<typeof RevealSchema>;
export type { RegisterCaseBody };

/** The list's filters: the parts of `GET /api/v1/cases`'s query string that the list page offers. */
export type CaseFilter = Pick<
  ListCasesQuery,
  'q' | 'status' | 'category' | 'channel' | 'orgId' | 'gridId' | 'risk' | 'flags' | 'from' | 'to'
>;

export const CASES_QUERY_KEY = ['cases'] as const;
export const CASE_PAGE_SIZE = 20;

const casePath = (id: string) => `/cases/${encodeURIComponent(id)}`;

/** Registers a case; resolves to the whole case (201) or throws `ApiProblem` with field pointers. */
export const registerCase = (body: RegisterCaseBody) => api.post<CaseView>('/cases', body);

/** Uploads files to a case as multipart/form-data (field `files`); 413/415 refuse the whole upload. */
export function uploadAttachments(
  caseId: string,
  files: readonly Blob[],
): Promise<{ items: CaseAttachment[] }> {
  const form = new FormData();
  for (const file of files) form.append('files', file, file instanceof File ? file.name : 'file');
  return api.postForm<{ items: CaseAttachment[] }>(`${casePath(caseId)}/attachments`, form);
}

/** A party's whole ID number and phones; the server records who asked, when and why. */
export const revealParty = (caseId: string, partyId: string, reason: string) =>
  api.post<Revealed>(`${casePath(caseId)}/parties/${encodeURIComponent(partyId)}/reveal`, { reason });

/** One case; idle while `id` is undefined. */
export function useCase(id: string | undefined) {
  return useQuery({
    queryKey: [...CASES_QUERY_KEY, 'one', id],
    queryFn: ({ signal }) => api.get<CaseView>(casePath(id ?? ''), undefined, signal),
    enabled: id !== undefined,
  });
}

/** The query key of one case, to prime the cache with a case the server just returned. */
export const caseQueryKey = (id: string) => [...CASES_QUERY_KEY, 'one', id] as const;

/** Cases matching `filter`, page after page (keyset: each page hands over the next page's cursor). */
export function useCaseList(filter: CaseFilter) {
  return useInfiniteQuery({
    queryKey: [...CASES_QUERY_KEY, 'list', filter],
    queryFn: ({ pageParam, signal }) =>
      api.get<CaseList>(
        '/cases',
        { ...filter, cursor: pageParam, limit: CASE_PAGE_SIZE } satisfies Record<string, QueryValue>,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // While a changed filter loads, the previous rows stay (with the table's spinner) instead of a blank.
    placeholderData: keepPreviousData,
  });
}
