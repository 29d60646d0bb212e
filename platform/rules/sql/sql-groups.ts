/**
 * Array operators over jsonb arrays: a scalar subquery over `jsonb_array_elements`, the item
 * condition compiled in the item's scope. Aggregates keep "undecided" items undecided unless the
 * answer is already known (one item holds for `some`, one fails for `all`).
 */
import type { SqlScope, SqlState } from './sql-state.js';
import { hazard, jsonParam } from './sql-state.js';
import type { SqlValue } from './sql-types.js';

export type ItemCompiler = (itemScope: SqlScope) => string;

/** A jsonb array expression for a list value, '[]' for anything that is not an array. */
export function arrayOf(list: SqlValue): string | undefined {
  if (list.kind === 'lit') return `'[]'::jsonb`;
  if (list.kind !== 'json')
    return list.kind === 'textn' || list.kind === 'booln' || list.kind === 'numn' ? `'[]'::jsonb` : undefined;
  return `(CASE WHEN jsonb_typeof(${list.sql}) = 'array' THEN ${list.sql} ELSE '[]'::jsonb END)`;
}

export function literalArray(items: readonly unknown[], state: SqlState): string {
  return jsonParam(state, items);
}

/**
 * A scalar subquery over the array's elements. Hazards found in the item scope are raised to the
 * enclosing scope as "some item has one" (JavaScript may stop before that item: over-approximation
 * only sends more rows to in-process evaluation).
 */
function overItems(array: string, state: SqlState, body: (item: SqlScope, alias: string) => string): string {
  state.items += 1;
  const alias = `e${state.items}`;
  const item: SqlScope = { kind: 'item', sql: `${alias}.v`, id: alias };
  const outer = state.hazards;
  state.hazards = [];
  const select = body(item, alias);
  const inner = state.hazards;
  state.hazards = outer;
  if (inner.length > 0) {
    hazard(
      state,
      `COALESCE((SELECT bool_or(${inner.join(' OR ')}) FROM jsonb_array_elements(${array}) AS ${alias}(v)), FALSE)`,
    );
  }
  return `(SELECT ${select} FROM jsonb_array_elements(${array}) AS ${alias}(v))`;
}

export function some(array: string, state: SqlState, condition: ItemCompiler): string {
  return overItems(array, state, (item) => {
    const c = condition(item);
    return `CASE WHEN bool_or(${c}) THEN TRUE WHEN bool_or((${c}) IS NULL) THEN NULL ELSE FALSE END`;
  });
}

export function every(array: string, state: SqlState, condition: ItemCompiler): string {
  return overItems(array, state, (item) => {
    const c = condition(item);
    return `CASE WHEN count(*) = 0 THEN FALSE WHEN bool_or(NOT (${c})) THEN FALSE WHEN bool_or((${c}) IS NULL) THEN NULL ELSE TRUE END`;
  });
}

export function countIf(array: string, state: SqlState, condition: ItemCompiler | undefined): string {
  if (condition === undefined) return `jsonb_array_length(${array})::float8`;
  return overItems(array, state, (item) => {
    const c = condition(item);
    return `CASE WHEN bool_or((${c}) IS NULL) THEN NULL ELSE (count(*) FILTER (WHERE ${c}))::float8 END`;
  });
}

/** `sum`: numbers add up in item order (as JavaScript does), anything else counts as 0. */
export function sum(array: string, state: SqlState, term: (item: SqlScope) => string): string {
  return overItems(array, state, (item) => {
    const x = term(item);
    return `CASE WHEN bool_or((${x}) IS NULL) THEN NULL ELSE COALESCE(sum(${x}), 0) END`;
  });
}
