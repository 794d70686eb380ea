/**
 * The only writer of error responses (STYLE.md §6): maps DomainErrors, schema
 * validation errors and everything unexpected to RFC 9457 problem details.
 * Unknown errors are logged with their stack and answered with none of their text.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import {
  DomainError,
  ERROR_CATALOGUE,
  PROBLEM_BASE,
  type ErrorKind,
  type FieldError,
} from '../../lib/errors.ts';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  requestId: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export function problemBody(
  request: FastifyRequest,
  kind: ErrorKind,
  detail: string,
  extra: Partial<ProblemBody> = {},
): ProblemBody {
  const { status, title } = ERROR_CATALOGUE[kind];
  return {
    type: PROBLEM_BASE + kind,
    title,
    status,
    detail,
    instance: request.url.split('?')[0]!,
    requestId: request.id,
    ...extra,
  };
}

export function sendProblem(reply: FastifyReply, body: ProblemBody): FastifyReply {
  return reply.code(body.status).type('application/problem+json').send(body);
}

interface AjvIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** AJV issues → field errors with JSON pointers (`missingProperty` joins the path). */
export function ajvToFieldErrors(issues: AjvIssue[], context: string | undefined): FieldError[] {
  const prefix = context && context !== 'body' ? `/${context}` : '';
  return issues.map((issue) => {
    let path = issue.instancePath;
    if (issue.keyword === 'required' && typeof issue.params.missingProperty === 'string')
      path += `/${issue.params.missingProperty}`;
    if (issue.keyword === 'additionalProperties' && typeof issue.params.additionalProperty === 'string')
      path += `/${issue.params.additionalProperty}`;
    const field = path || '/';
    return {
      pointer: `#${prefix}${path}`,
      code: issue.keyword,
      detail: `${field} ${issue.message ?? 'is invalid'}`,
    };
  });
}

function statusKind(status: number | undefined): ErrorKind | undefined {
  switch (status) {
    case 400:
      return 'validation-failed';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    case 413:
      return 'payload-too-large';
    case 415:
      return 'unsupported-media-type';
    case 429:
      return 'too-many-requests';
    default:
      return undefined;
  }
}

export const problemPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError | DomainError | Error, request, reply) => {
    if (error instanceof DomainError) {
      request.log.info({ kind: error.kind, detail: error.message }, 'request refused');
      return sendProblem(
        reply,
        problemBody(request, error.kind, error.message, {
          ...error.extensions,
          ...(error.errors ? { errors: error.errors } : {}),
        }),
      );
    }
    const fe = error as FastifyError & { validation?: AjvIssue[]; validationContext?: string };
    if (fe.validation) {
      const errors = ajvToFieldErrors(fe.validation, fe.validationContext);
      const detail = errors.map((e) => e.detail).join('; ');
      request.log.info({ errors }, 'request failed validation');
      return sendProblem(reply, problemBody(request, 'validation-failed', detail, { errors }));
    }
    const kind = statusKind(fe.statusCode);
    if (kind && fe.statusCode && fe.statusCode < 500) {
      request.log.info({ code: fe.code, err: fe.message }, 'request refused by the framework');
      const detail =
        fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
          ? 'The body is not valid JSON'
          : fe.message;
      return sendProblem(reply, problemBody(request, kind, detail));
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(
      reply,
      problemBody(
        request,
        'internal',
        'Something went wrong on our side. Quote the request id when you report it.',
      ),
    );
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      problemBody(request, 'not-found', `No route ${request.method} ${request.url.split('?')[0]}`),
    ),
  );
});
