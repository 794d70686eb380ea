/**
 * The web app's only door to the API: fetch with the session cookie (`credentials: 'same-origin'`), JSON in
 * and out, and every non-2xx answer turned into an `ApiProblem` carrying the RFC 9457 body (STYLE.md §6).
 */

/** The base URI of problem types; the kind is the last path segment. */
const PROBLEM_TYPE_PREFIX = 'https://fengqiao.example/problems/';

/** One entry of a problem's `errors[]`: where (`#/rows/5`, `#/username`), what (`code`) and why. */
export interface ProblemFieldError {
  pointer?: string;
  line?: number;
  code?: string;
  detail?: string;
}

/** An RFC 9457 problem body as the server sends it, with any extension members (e.g. `lockedUntil`). */
export interface ProblemBody {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: ProblemFieldError[];
  [extension: string]: unknown;
}

/**
 * A failed API call. `kind` is the problem type's last segment (`validation-failed`, `unauthenticated`, …),
 * `network` when the server could not be reached, `internal` when the answer was not a problem body.
 */
export class ApiProblem extends Error {
  readonly status: number;
  readonly kind: string;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly instance: string | undefined;
  readonly requestId: string | undefined;
  readonly errors: ProblemFieldError[];
  readonly body: ProblemBody;

  constructor(status: number, body: ProblemBody) {
    super(body.detail ?? body.title ?? `HTTP ${status}`);
    this.name = 'ApiProblem';
    this.status = status;
    this.body = body;
    this.type = body.type ?? 'about:blank';
    this.kind = problemKind(this.type, status);
    this.title = body.title ?? `HTTP ${status}`;
    this.detail = body.detail;
    this.instance = body.instance;
    this.requestId = body.requestId;
    this.errors = Array.isArray(body.errors) ? body.errors : [];
  }
}

const KIND_BY_STATUS: Record<number, string> = {
  400: 'validation-failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  423: 'account-locked',
  429: 'too-many-requests',
};

function problemKind(type: string, status: number): string {
  if (type.startsWith(PROBLEM_TYPE_PREFIX)) return type.slice(PROBLEM_TYPE_PREFIX.length);
  if (type !== 'about:blank') return type.split('/').pop() || 'internal';
  if (status === 0) return 'network';
  return KIND_BY_STATUS[status] ?? 'internal';
}

/** Whether `error` is an `ApiProblem` of the given kind. */
export function isProblem(error: unknown, kind?: string): error is ApiProblem {
  return error instanceof ApiProblem && (kind === undefined || error.kind === kind);
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  /** A value sent as JSON. */
  json?: unknown;
  /**
   * A raw body (a file) sent as is, with `contentType`; or a `FormData`, sent as multipart/form-data with
   * the boundary the browser chooses (so no `contentType`).
   */
  body?: Blob | ArrayBuffer | string | FormData;
  contentType?: string;
  signal?: AbortSignal;
}

/** Builds `/api/v1/...?...`, dropping empty query values. */
export function apiUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return `/api/v1${path}${search ? `?${search}` : ''}`;
}

/** Sends one request; resolves to the parsed JSON (undefined for 204) or throws `ApiProblem`. */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.body !== undefined) {
    if (options.contentType) headers['Content-Type'] = options.contentType;
    body = options.body;
  }

  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiProblem(0, { title: 'Network error', detail: String(error) });
  }

  if (!response.ok) throw await problemFromResponse(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

async function problemFromResponse(response: Response): Promise<ApiProblem> {
  const requestId = response.headers.get('x-request-id') ?? undefined;
  const text = await response.text().catch(() => '');
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object') {
      return new ApiProblem(response.status, { requestId, ...(parsed as ProblemBody) });
    }
  } catch {
    // Not JSON: a proxy's HTML page or an empty body. Keep the status; the kind follows from it.
  }
  return new ApiProblem(response.status, {
    title: response.statusText || `HTTP ${response.status}`,
    requestId,
  });
}

/** Shorthands for the HTTP verbs. */
export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
    request<T>('GET', path, { query, signal }),
  post: <T>(path: string, json?: unknown, query?: Record<string, QueryValue>) =>
    request<T>('POST', path, { json, query }),
  patch: <T>(path: string, json: unknown) => request<T>('PATCH', path, { json }),
  delete: <T>(path: string) => request<T>('DELETE', path),
  upload: <T>(path: string, file: Blob, contentType: string, query?: Record<string, QueryValue>) =>
    request<T>('POST', path, { body: file, contentType, query }),
  /** POSTs `form` as multipart/form-data. */
  postForm: <T>(path: string, form: FormData) => request<T>('POST', path, { body: form }),
};
