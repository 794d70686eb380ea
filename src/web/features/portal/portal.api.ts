/**
 * The public portal's API (`/api/v1/portal`, no staff account): the lists for the submission form, the
 * submission itself, photos, the citizen's view of their case, their rating and their documents. The proof
 * of ownership (tracking code + phone digits) is kept for the browser tab in sessionStorage under
 * PORTAL_PROOF_KEY, where the online mediation room page reads it too.
 */
import type { Static } from '@sinclair/typebox';
import { useQuery } from '@tanstack/react-query';
import type {
  PortalCaseBody,
  PortalCaseViewSchema,
  PortalRatingSchema,
  ProofBody,
  SubmittedSchema,
} from '../../../modules/portal/portal.schemas.ts';
import type {
  LocatedGridSchema,
  PortalCategoryListSchema,
  PortalGridListSchema,
  PortalPhotoListSchema,
} from '../../../modules/portal/portal-public.schemas.ts';
import type { RatingValueSchema } from '../../../modules/feedback/feedback.schemas.ts';
import { ApiProblem, api, type ProblemBody } from '../../api/client.ts';

export type PortalCaseView = Static<typeof PortalCaseViewSchema>;
export type PortalSession = PortalCaseView['sessions'][number];
export type PortalCategory = Static<typeof PortalCategoryListSchema>['items'][number];
export type PortalGrid = Static<typeof PortalGridListSchema>['items'][number];
export type PortalSubmitted = Static<typeof SubmittedSchema>;
export type PortalProof = ProofBody;
export type RatingValue = Static<typeof RatingValueSchema>;
export type { PortalCaseBody };

/** The sessionStorage key of `{trackingCode, phoneLast4}` after a successful look-up. */
export const PORTAL_PROOF_KEY = 'fengqiao.portal.proof';

export function savePortalProof(proof: PortalProof): void {
  try {
    window.sessionStorage.setItem(PORTAL_PROOF_KEY, JSON.stringify(proof));
  } catch {
    // Storage refused (private browsing): the citizen types the code again on the next page.
  }
}

export function readPortalProof(): PortalProof | null {
  try {
    const value: unknown = JSON.parse(window.sessionStorage.getItem(PORTAL_PROOF_KEY) ?? 'null');
    if (value && typeof value === 'object' && 'trackingCode' in value && 'phoneLast4' in value)
      return value as PortalProof;
  } catch {
    // Unreadable: as if nothing were stored.
  }
  return null;
}

export const usePortalCategories = () =>
  useQuery({
    queryKey: ['portal', 'categories'],
    queryFn: ({ signal }) =>
      api.get<Static<typeof PortalCategoryListSchema>>('/portal/categories', undefined, signal),
    staleTime: Infinity,
  });

export const usePortalGrids = () =>
  useQuery({
    queryKey: ['portal', 'grids'],
    queryFn: ({ signal }) => api.get<Static<typeof PortalGridListSchema>>('/portal/grids', undefined, signal),
    staleTime: Infinity,
  });

/** The grid containing the position, or null. */
export const locateGrid = (lat: number, lng: number) =>
  api.get<Static<typeof LocatedGridSchema>>('/portal/grids/locate', { lat, lng });

export const submitPortalCase = (body: PortalCaseBody) => api.post<PortalSubmitted>('/portal/cases', body);

/** Adds photos to the citizen's case: the proof fields go before the files (the server checks them first). */
export function uploadPortalPhotos(proof: PortalProof, files: readonly File[]) {
  const form = new FormData();
  form.append('trackingCode', proof.trackingCode);
  form.append('phoneLast4', proof.phoneLast4);
  for (const file of files) form.append('files', file, file.name);
  return api.postForm<Static<typeof PortalPhotoListSchema>>('/portal/photos', form);
}

export const trackPortalCase = (proof: PortalProof) => api.post<PortalCaseView>('/portal/track', proof);

export const ratePortalCase = (proof: PortalProof, rating: RatingValue, comment?: string) =>
  api.post<Static<typeof PortalRatingSchema>>('/portal/rating', { ...proof, rating, comment });

/** Downloads a document of the view (POST with the proof) and hands it to the browser as a file. */
export async function downloadPortalDocument(
  url: string,
  proof: PortalProof,
  fileName: string,
): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(proof),
    credentials: 'same-origin',
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as ProblemBody;
    throw new ApiProblem(response.status, body);
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
