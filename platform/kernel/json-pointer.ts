/** RFC 6901 JSON pointers: building, parsing and reading. */

export function escapePointerToken(token: string | number): string {
  return String(token).replaceAll('~', '~0').replaceAll('/', '~1');
}

export function unescapePointerToken(token: string): string {
  return token.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** Joins tokens into a pointer: `pointer('a', 0, 'b/c')` → `/a/0/b~1c`. */
export function pointer(...tokens: ReadonlyArray<string | number>): string {
  return tokens.map((t) => `/${escapePointerToken(t)}`).join('');
}

/** Appends tokens to an existing pointer. */
export function appendPointer(base: string, ...tokens: ReadonlyArray<string | number>): string {
  return base + pointer(...tokens);
}

export function parsePointer(ptr: string): string[] {
  if (ptr === '') return [];
  if (!ptr.startsWith('/')) throw new Error(`Not a JSON pointer: ${ptr}`);
  return ptr.slice(1).split('/').map(unescapePointerToken);
}

const own = Object.prototype.hasOwnProperty;

/** Reads the value at `ptr`, or `undefined` when any step is missing. Never walks prototypes. */
export function getAtPointer(value: unknown, ptr: string): unknown {
  let current: unknown = value;
  for (const token of parsePointer(ptr)) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!own.call(current, token)) return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}

/** Converts a dotted path as used in JSON Logic `var` (`a.b.0`) into a JSON pointer (`/a/b/0`). */
export function dottedToPointer(path: string): string {
  if (path === '') return '';
  return pointer(...path.split('.'));
}
