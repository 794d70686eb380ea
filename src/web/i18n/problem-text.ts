/**
 * Turns an `ApiProblem` into text for people (STYLE.md §6): catalogue text keyed by the problem kind
 * (the `type` suffix) and by `errors[].code`, falling back to the server's `detail`.
 */
import type { ApiProblem, ProblemFieldError } from '../api/client.ts';
import type { I18n } from './i18n-context.tsx';

/**
 * The message for a problem. `context` names a screen whose catalogue has its own wording for some kinds
 * (`login` → `login.error.unauthenticated` says "wrong username or password", not "session ended").
 */
export function problemText(i18n: Pick<I18n, 'tx'>, problem: ApiProblem, context?: string): string {
  return (
    (context ? i18n.tx(`${context}.error.${problem.kind}`) : undefined) ??
    i18n.tx(`problem.${problem.kind}`) ??
    problem.detail ??
    problem.title
  );
}

/**
 * The message for one field error of a problem: catalogue text for the field and code
 * (`errorCode.password.too-short`), else for the code alone, else the server's `detail`.
 */
export function fieldErrorText(i18n: Pick<I18n, 'tx'>, error: ProblemFieldError): string {
  const field = pointerLeaf(error.pointer);
  const byField = error.code && field ? i18n.tx(`errorCode.${field}.${error.code}`) : undefined;
  const byCode = error.code ? i18n.tx(`errorCode.${error.code}`) : undefined;
  return byField ?? byCode ?? error.detail ?? error.code ?? '';
}

/** Whether the catalogue has its own text for this field error (so `detail` adds only particulars). */
export function hasCatalogueText(i18n: Pick<I18n, 'tx'>, error: ProblemFieldError): boolean {
  return fieldErrorText(i18n, error) !== (error.detail ?? error.code ?? '');
}

function pointerSegments(pointer: string | undefined): string[] {
  return (pointer ?? '')
    .replace(/^#/, '')
    .split('/')
    .filter(Boolean)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The last named (non-index) segment of a pointer: `#/rows/5/parent_code` → `parent_code`, `#/roles/0` → `roles`. */
export function pointerLeaf(pointer: string | undefined): string | undefined {
  return pointerSegments(pointer)
    .filter((segment) => !/^\d+$/.test(segment))
    .pop();
}

/**
 * The form field a JSON pointer names (`#/username` → `username`, `/roles/0` → `roles`), or undefined
 * when it does not point into the top level of the request body.
 */
export function pointerField(pointer: string | undefined): string | undefined {
  return pointerSegments(pointer)[0];
}
