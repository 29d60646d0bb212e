/** Compiler state: parameters handed out, the scope `var` paths read from, named rules being inlined. */
import type { SqlContext, SqlValue } from './sql-types.js';

export type SqlScope =
  | { readonly kind: 'root' }
  /** Inside an array operator: paths read from the current item, a jsonb expression. */
  | { readonly kind: 'item'; readonly sql: string; readonly id: string };

export type SqlState = {
  readonly context: SqlContext;
  readonly params: (string | null)[];
  readonly ruleStack: string[];
  /** What could not be expressed: operators, or `var` paths the context cannot map. */
  readonly unsupported: string[];
  /**
   * Conditions under which json-logic-js would throw on a row (an object with its own `toString`
   * converted to a primitive; `in` on an object with an `indexOf` key), for the current scope. The
   * result is NULL (evaluate in process) wherever one holds; over-approximating is safe.
   */
  hazards: string[];
  items: number;
  readonly compile: (logic: unknown, state: SqlState, scope: SqlScope) => SqlValue;
};

/**
 * A placeholder for `value`, cast to `type`. Values never enter the SQL text. Every parameter is
 * typed `text` first, so drivers send the text as it is (postgres.js would JSON-encode a string
 * bound to a jsonb parameter) and PostgreSQL does the conversion.
 */
export function param(state: SqlState, value: string | null, type: string): string {
  state.params.push(value);
  const placeholder = `$${(state.context.paramStart ?? 1) + state.params.length - 1}::text`;
  return type === 'text' ? placeholder : `${placeholder}::${type}`;
}

/**
 * Drops parameters the final SQL does not use (a branch compiled and then discarded) and numbers
 * the rest consecutively: PostgreSQL cannot type a parameter no expression mentions.
 */
export function compactParams(sql: string, state: SqlState): { sql: string; params: (string | null)[] } {
  const start = state.context.paramStart ?? 1;
  const used = new Map<number, number>();
  const params: (string | null)[] = [];
  const renumbered = sql.replace(/\$(\d+)::text/g, (_, digits: string) => {
    const index = Number(digits) - start;
    let next = used.get(index);
    if (next === undefined) {
      next = params.push(state.params[index] ?? null) - 1;
      used.set(index, next);
    }
    return `$${start + next}::text`;
  });
  return { sql: renumbered, params };
}

export const textParam = (state: SqlState, value: string): string => param(state, value, 'text');
export const jsonParam = (state: SqlState, value: unknown): string =>
  param(state, JSON.stringify(value), 'jsonb');

/** A float8 placeholder; JavaScript's own spelling of the number (NaN, Infinity included) is valid input. */
export const numberParam = (state: SqlState, value: number): string =>
  param(state, Object.is(value, -0) ? '-0' : String(value), 'float8');

/** Records something SQL cannot express exactly; the value returned stands in so compiling can go on. */
export function unsupported(state: SqlState, what: string): SqlValue {
  if (!state.unsupported.includes(what)) state.unsupported.push(what);
  return { kind: 'lit', value: null };
}

/** Notes a row condition under which json-logic-js would throw. */
export function hazard(state: SqlState, condition: string): void {
  if (!state.hazards.includes(condition)) state.hazards.push(condition);
}

/** `(x -> key) IS NOT NULL`: a jsonb object with its own `key` (other types yield NULL for `->`). */
export const hasKey = (json: string, key: 'toString' | 'indexOf'): string =>
  `((${json} -> '${key}') IS NOT NULL)`;

/** An object with its own `toString` anywhere in a value (arrays convert their items to text too). */
export const hasToString = (json: string): string => `jsonb_path_exists(${json}, 'lax $.**.toString')`;
