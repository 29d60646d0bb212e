import type { Context } from 'hono';
import { isPlatformError, PlatformError, toProblem } from '../kernel/errors.js';

const describe = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error);
  // Database errors arrive wrapped ("Failed query: …"); the driver's own message is the cause.
  const cause = error.cause instanceof Error ? `\n  caused by: ${error.cause.message}` : '';
  return `${error.stack ?? error.message}${cause}`;
};

/** Writes an RFC 9457 problem document for any error; unknown errors are logged, never leaked. */
export function problemResponse(
  c: Context,
  error: unknown,
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Response {
  if (!isPlatformError(error)) {
    const requestId = c.get('requestId' as never) as string | undefined;
    log(`[${requestId ?? '-'}] ${c.req.method} ${c.req.path} failed: ${describe(error)}`);
  }
  const problem = toProblem(error);
  const headers: Record<string, string> = { 'content-type': 'application/problem+json' };
  if (isPlatformError(error) && typeof error.detail.retryAfterSeconds === 'number') {
    headers['retry-after'] = String(error.detail.retryAfterSeconds);
  }
  return new Response(JSON.stringify(problem), { status: problem.status, headers });
}

/** A 404 problem for routes that do not exist. */
export function routeNotFound(c: Context): Response {
  return problemResponse(c, new PlatformError('not_found', `No route for ${c.req.method} ${c.req.path}.`));
}
