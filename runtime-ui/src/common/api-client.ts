/** A problem document from the API (RFC 9457), with field errors when there are any. */
export type Problem = {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly errors?: readonly { pointer: string; code: string; message: string }[];
  readonly [extension: string]: unknown;
};

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

let csrfToken: string | null = null;
let sessionEnded: (() => void) | null = null;

/** Called when the server says the session is gone (401 on anything but sign-in itself). */
export function onSessionEnded(handler: (() => void) | null): void {
  sessionEnded = handler;
}

/** Remembers the CSRF token the server gave at sign-in; every write sends it back. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * Calls the API with the session cookie. Writes carry the CSRF token; errors arrive as
 * `ApiError` holding the problem document so forms can show messages beside fields.
 */
export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; ifMatch?: number | string } = {},
): Promise<T> {
  const method = init.method ?? (init.body === undefined ? 'GET' : 'POST');
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (init.ifMatch !== undefined) headers['if-match'] = `"${init.ifMatch}"`;
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  const json = text === '' ? undefined : (JSON.parse(text) as unknown);
  if (!response.ok) {
    const problem = (json ?? {
      status: response.status,
      code: 'internal',
      title: response.statusText,
      detail: response.statusText,
    }) as Problem;
    if (response.status === 401 && !path.startsWith('/api/auth/')) sessionEnded?.();
    throw new ApiError(problem);
  }
  return json as T;
}
