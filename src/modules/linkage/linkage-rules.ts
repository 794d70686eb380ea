/**
 * The pure rules of litigation linkage and petition reviews: which cases may go to court,
 * the 30-day request windows of 信访工作条例 art. 35, the days a user may give, and the
 * names of the files in a litigation package.
 */
import type { FieldError } from '../../lib/errors.ts';

/** Days a petitioner has to ask for a review (复查) after the reply, or a re-review (复核) after the review decision. */
export const REVIEW_REQUEST_WINDOW_DAYS = 30;

/** `day` (`YYYY-MM-DD`) plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Whether a case may be transferred to a court (诉调对接): mediation failed, and the case is
 * still at that step or was resolved after it (issue 5, "a failed mediation can be transferred").
 */
export function canTransferToCourt(c: { status: string; outcome: string | null }): boolean {
  return c.status === 'mediated_failed' || (c.status === 'resolved' && c.outcome === 'failure');
}

/** The last day a review (from the reply) or re-review (from the review decision) may be requested. */
export function reviewWindowEndsOn(baseDay: string): string {
  return addDays(baseDay, REVIEW_REQUEST_WINDOW_DAYS);
}

/**
 * Checks a day a user reports (an outcome, a request, a decision): not after `today` and not
 * before `notBefore`; a late request is refused past `notAfter`. @returns the field error, or null.
 */
export function checkDay(
  pointer: string,
  day: string,
  bounds: { today: string; notBefore?: string; notAfter?: string },
): FieldError | null {
  if (day > bounds.today) return { pointer, code: 'future', detail: `${day} lies in the future` };
  if (bounds.notBefore && day < bounds.notBefore)
    return { pointer, code: 'too-early', detail: `${day} is before ${bounds.notBefore}` };
  if (bounds.notAfter && day > bounds.notAfter)
    return {
      pointer,
      code: 'too-late',
      detail: `the request was due by ${bounds.notAfter} (${REVIEW_REQUEST_WINDOW_DAYS} days)`,
    };
  return null;
}

/** The facts of a session record as a numbered list: one fact per non-empty line. */
export function factsAsList(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

function splitName(name: string): [string, string] {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
}

/**
 * Distinct file names for a zip, in order: a repeated name (compared without case, as
 * Windows does) gets " (2)", " (3)"… before its extension; names in `reserved` are taken.
 */
export function uniqueFileNames(names: readonly string[], reserved: readonly string[] = []): string[] {
  const taken = new Set(reserved.map((n) => n.toLowerCase()));
  return names.map((raw) => {
    const name = raw.trim() || 'file';
    let candidate = name;
    const [stem, ext] = splitName(name);
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
