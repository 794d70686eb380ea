/**
 * Downloads of the generated Word documents. They are fetched rather than linked so that a refusal (a
 * problem body: not found, not allowed in this status) shows as a message instead of a saved error page,
 * and so that the POSTed ones (无争议事实确认书) work too; the file takes the server's name.
 */
import { ApiProblem, apiUrl, type ProblemBody } from '../../api/client.ts';

/**
 * The file name of a `Content-Disposition` header: RFC 5987 `filename*=UTF-8''…` first, else a plain
 * `filename="…"`; `fallback` when there is neither.
 */
export function contentDispositionFileName(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header)?.[1]?.trim();
  return plain || fallback;
}

async function problemOf(response: Response): Promise<ApiProblem> {
  const text = await response.text().catch(() => '');
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object') return new ApiProblem(response.status, parsed as ProblemBody);
  } catch {
    // Not a problem body: keep the status.
  }
  return new ApiProblem(response.status, { title: response.statusText || `HTTP ${response.status}` });
}

/**
 * Fetches `path` (GET, or POST with `json`) and saves the answer under the server's file name.
 * @returns the file name. @throws ApiProblem when the server refuses or cannot be reached.
 */
export async function downloadDocument(path: string, json?: unknown): Promise<string> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path), {
      method: json === undefined ? 'GET' : 'POST',
      credentials: 'same-origin',
      headers: {
        Accept:
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/problem+json',
        ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
  } catch (error) {
    throw new ApiProblem(0, { title: 'Network error', detail: String(error) });
  }
  if (!response.ok) throw await problemOf(response);
  const fileName = contentDispositionFileName(response.headers.get('content-disposition'), 'document.docx');
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Give the browser a moment to start saving before the blob goes away.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return fileName;
}
