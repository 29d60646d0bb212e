/**
 * Every failure that is not an expected outcome is a PlatformError with a code from this table.
 * The table maps each code exhaustively to its HTTP status, so the HTTP layer never guesses.
 */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  stale_version: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  guard_failed: 422,
  definitions_invalid: 422,
  precondition_required: 428,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** One problem with one field of the input, located by a JSON pointer into the request body. */
export type FieldProblem = {
  readonly pointer: string;
  readonly code: string;
  readonly message: string;
};

export type PlatformErrorOptions = {
  readonly fields?: readonly FieldProblem[];
  readonly detail?: Readonly<Record<string, unknown>>;
  readonly cause?: unknown;
};

export class PlatformError extends Error {
  readonly code: ErrorCode;
  readonly fields: readonly FieldProblem[];
  readonly detail: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, options: PlatformErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PlatformError';
    this.code = code;
    this.fields = options.fields ?? [];
    this.detail = options.detail ?? {};
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isPlatformError(value: unknown): value is PlatformError {
  return value instanceof PlatformError;
}

/** RFC 9457 problem document, as returned by the HTTP API. */
export type ProblemDocument = {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: ErrorCode;
  readonly detail: string;
  readonly errors?: readonly FieldProblem[];
  readonly [extension: string]: unknown;
};

const TITLES: Record<ErrorCode, string> = {
  bad_request: 'Malformed request',
  unauthenticated: 'Sign-in required',
  forbidden: 'Not allowed',
  csrf_failed: 'Cross-site request refused',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  conflict: 'Conflict',
  stale_version: 'Changed by someone else',
  gone: 'No longer available',
  payload_too_large: 'Request too large',
  unsupported_media_type: 'Unsupported media type',
  validation_failed: 'Invalid input',
  guard_failed: 'Not possible in the current state',
  definitions_invalid: 'Definitions have problems',
  precondition_required: 'Version required',
  rate_limited: 'Too many requests',
  internal: 'Internal error',
  unavailable: 'Temporarily unavailable',
};

/** Turns an error into a problem document. Unknown errors become a bare 500: internals never leak. */
export function toProblem(error: unknown): ProblemDocument {
  if (!isPlatformError(error)) {
    return {
      type: 'urn:pathway:problem:internal',
      title: TITLES.internal,
      status: 500,
      code: 'internal',
      detail: 'An internal error occurred.',
    };
  }
  const problem: ProblemDocument = {
    ...error.detail,
    type: `urn:pathway:problem:${error.code}`,
    title: TITLES[error.code],
    status: error.status,
    code: error.code,
    detail: error.message,
  };
  return error.fields.length > 0 ? { ...problem, errors: error.fields } : problem;
}
