/**
 * Domain errors and the one catalogue that maps each kind to an HTTP status and title.
 *
 * Services throw these; only `server/plugins/problem.ts` turns them into RFC 9457
 * problem details. Services never choose HTTP statuses (STYLE.md §6).
 */

export const ERROR_CATALOGUE = {
  'validation-failed': { status: 400, title: 'Validation failed' },
  unauthenticated: { status: 401, title: 'Authentication required' },
  forbidden: { status: 403, title: 'Forbidden' },
  'not-found': { status: 404, title: 'Not found' },
  'action-not-allowed': { status: 409, title: 'Action not allowed in the current state' },
  'stale-version': { status: 409, title: 'The record was changed by someone else' },
  conflict: { status: 409, title: 'Conflict' },
  'payload-too-large': { status: 413, title: 'Payload too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'account-locked': { status: 423, title: 'Account locked' },
  'too-many-requests': { status: 429, title: 'Too many requests' },
  internal: { status: 500, title: 'Internal server error' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorKind = keyof typeof ERROR_CATALOGUE;

/** Base URI of the stable problem `type`s; each kind is documented at /api/docs. */
export const PROBLEM_BASE = 'https://fengqiao.example/problems/';

/** One invalid field: `pointer` is a JSON pointer into the request (`#/parties/0/idNumber`). */
export interface FieldError {
  pointer: string;
  code: string;
  detail: string;
  /** Line number in an imported file, when the error is about a file row. */
  line?: number;
}

export class DomainError extends Error {
  readonly kind: ErrorKind;
  readonly errors: FieldError[] | undefined;
  readonly extensions: Record<string, unknown>;

  constructor(
    kind: ErrorKind,
    detail: string,
    opts: { errors?: FieldError[]; extensions?: Record<string, unknown> } = {},
  ) {
    super(detail);
    this.name = 'DomainError';
    this.kind = kind;
    this.errors = opts.errors;
    this.extensions = opts.extensions ?? {};
  }
}

export class ValidationFailed extends DomainError {
  constructor(detail: string, errors: FieldError[] = []) {
    super('validation-failed', detail, { errors });
  }
}

/** Also the answer for records outside the caller's scope: existence is not revealed. */
export class NotFound extends DomainError {
  constructor(what: string) {
    super('not-found', `${what} not found`);
  }
}

export class Unauthenticated extends DomainError {
  constructor(detail = 'Sign in first') {
    super('unauthenticated', detail);
  }
}

export class Forbidden extends DomainError {
  constructor(detail: string) {
    super('forbidden', detail);
  }
}

export class Conflict extends DomainError {
  constructor(detail: string, errors?: FieldError[]) {
    super('conflict', detail, errors ? { errors } : {});
  }
}

export class AccountLocked extends DomainError {
  constructor(lockedUntil: string) {
    super('account-locked', `Too many wrong passwords; the account is locked until ${lockedUntil}`, {
      extensions: { lockedUntil },
    });
  }
}

/** Shorthand for a single-field validation failure. */
export function invalidField(pointer: string, code: string, detail: string): ValidationFailed {
  return new ValidationFailed(detail, [{ pointer, code, detail }]);
}
