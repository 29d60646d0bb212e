import { isPlatformError } from '../../kernel/errors.js';

/**
 * Runs credential-handling work so that an unexpected failure cannot carry a secret into the
 * logs: database errors quote their query parameters (session and token hashes, usernames), and
 * unknown errors are logged with their message. Such errors are replaced by one that names only
 * the driver's error code; platform errors (expected outcomes) pass unchanged.
 */
export async function withScrubbedErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw scrubError(error);
  }
}

function scrubError(error: unknown): unknown {
  if (isPlatformError(error)) return error;
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
  const code = typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined;
  const kind = cause instanceof Error ? cause.name : typeof cause;
  return new Error(`Authentication storage failed (${kind}${typeof code === 'string' ? ` ${code}` : ''}).`);
}
