import { PlatformError } from '../../kernel/errors.js';

/** Keyset cursors are opaque to clients: base64url JSON of the last row's sort keys. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(
  cursor: string | null | undefined,
  arity: number,
): (string | number)[] | undefined {
  if (cursor === undefined || cursor === null || cursor === '') return undefined;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    )
      return values;
  } catch {
    // fall through to the error below
  }
  throw new PlatformError('bad_request', 'The cursor is not valid; start from the first page.', {
    fields: [{ pointer: '/cursor', code: 'cursor', message: 'Invalid cursor.' }],
  });
}

export const pageLimit = (limit: number): number => Math.min(Math.max(Math.trunc(limit) || 50, 1), 200);
