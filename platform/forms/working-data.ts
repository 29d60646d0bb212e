import { isJsonObject, type JsonObject, type JsonValue } from '../kernel/json.js';
import type { Token } from './field-path.js';
import { jsonCopy } from './json-copy.js';

/**
 * The data while rules run, and the facts the rules read: the data's fields at the top level plus
 * `settings` and `today`. Nested values are shared, so a change deep in the data is seen by the
 * next rule; top-level changes are mirrored here. The caller's data is copied (with JSON's meaning:
 * `undefined` properties are absent) and never modified.
 */
export type WorkingData = {
  readonly data: JsonObject;
  readonly facts: Record<string, unknown>;
  get(tokens: readonly Token[]): unknown;
  /** Sets a value, creating missing plain objects on the way; `false` when an array or scalar is in the way. */
  set(tokens: readonly Token[], value: JsonValue): boolean;
  /** Removes a value; whether there was one. */
  remove(tokens: readonly Token[]): boolean;
};

const hasOwn = Object.prototype.hasOwnProperty;

function child(container: unknown, token: Token): unknown {
  if (Array.isArray(container)) return typeof token === 'number' ? container[token] : undefined;
  if (isJsonObject(container) && hasOwn.call(container, token)) return container[token as string];
  return undefined;
}

/** Working data for one run of the rules over (a JSON copy of) `input`. */
export function workingData(input: unknown, settings: JsonObject, today: string): WorkingData {
  const data = (isJsonObject(input) ? jsonCopy(input) : {}) as JsonObject;
  const facts: Record<string, unknown> = { ...data, settings, today };
  const top = (key: Token, value: JsonValue | undefined) => {
    if (key === 'settings' || key === 'today') return;
    if (value === undefined) delete facts[key as string];
    else facts[key as string] = value;
  };
  const get = (tokens: readonly Token[]): unknown => {
    let current: unknown = data;
    for (const token of tokens) current = child(current, token);
    return current;
  };
  const set = (tokens: readonly Token[], value: JsonValue): boolean => {
    let container: unknown = data;
    for (const token of tokens.slice(0, -1)) {
      let next = child(container, token);
      if (next === undefined && isJsonObject(container)) {
        next = {};
        container[token as string] = next as JsonObject;
        if (container === data) top(token, next as JsonObject);
      }
      if (!isJsonObject(next) && !Array.isArray(next)) return false;
      container = next;
    }
    const key = tokens[tokens.length - 1] as Token;
    if (Array.isArray(container) && typeof key === 'number') container[key] = value;
    else if (isJsonObject(container)) container[key as string] = value;
    else return false;
    if (container === data) top(key, value);
    return true;
  };
  const remove = (tokens: readonly Token[]): boolean => {
    const container = get(tokens.slice(0, -1));
    const key = tokens[tokens.length - 1] as Token;
    if (!isJsonObject(container) || !hasOwn.call(container, key)) return false;
    delete container[key as string];
    if (container === data) top(key, undefined);
    return true;
  };
  return { data, facts, get, set, remove };
}
