import { isJsonObject } from '../kernel/json.js';
import { pointer } from '../kernel/json-pointer.js';

/** One step of a field path: a property name, and whether it steps into each item (`name[]`). */
export type PathStep = { readonly name: string; readonly each: boolean };

export type Token = string | number;

/** One concrete place a field path reaches in the current data. */
export type Instance = {
  readonly tokens: readonly Token[];
  readonly pointer: string;
  /** The items of the repeat groups on the way, outermost first (empty outside repeat groups). */
  readonly items: readonly unknown[];
};

/** `steps[].status` → `[{name: 'steps', each: true}, {name: 'status', each: false}]`. */
export function parseFieldPath(path: string): PathStep[] {
  if (path === '') return [];
  return path
    .split('.')
    .map((raw) => (raw.endsWith('[]') ? { name: raw.slice(0, -2), each: true } : { name: raw, each: false }));
}

/** The pointer tokens of a path without repeat groups; `undefined` when it has one. */
export function fixedTokens(steps: readonly PathStep[]): Token[] | undefined {
  return steps.some((s) => s.each) ? undefined : steps.map((s) => s.name);
}

const hasOwn = Object.prototype.hasOwnProperty;

function own(container: unknown, key: string): unknown {
  return isJsonObject(container) && hasOwn.call(container, key) ? container[key] : undefined;
}

type Walk = {
  readonly steps: readonly PathStep[];
  readonly through: boolean;
  readonly visit: (instance: Instance) => void;
};

function walk(w: Walk, container: unknown, i: number, tokens: Token[], items: unknown[]): void {
  const step = w.steps[i] as PathStep;
  const last = i === w.steps.length - 1;
  const here = [...tokens, step.name];
  if (last && !step.each) {
    w.visit({ tokens: here, pointer: pointer(...here), items });
    return;
  }
  const value = own(container, step.name);
  if (!step.each) {
    if (isJsonObject(value) || w.through) walk(w, value, i + 1, here, items);
    return;
  }
  if (!Array.isArray(value)) return;
  value.forEach((item, index) => {
    const at = [...here, index];
    if (last) w.visit({ tokens: at, pointer: pointer(...at), items: [...items, item] });
    else if (isJsonObject(item)) walk(w, item, i + 1, at, [...items, item]);
  });
}

/**
 * Calls `visit` for every place `steps` reaches in `root`: one per item of each repeat group on the
 * way. A field is reached when the object holding it exists; with `through`, missing plain objects
 * on the way are walked through as if empty (a calculation creates them), repeat groups never.
 */
export function forEachInstance(
  steps: readonly PathStep[],
  root: unknown,
  through: boolean,
  visit: (instance: Instance) => void,
): void {
  if (steps.length === 0) {
    visit({ tokens: [], pointer: '', items: [] });
    return;
  }
  walk({ steps, through, visit }, root, 0, [], []);
}

/** Whether `ptr` is `ancestor` or lies inside it. */
export function isWithin(ptr: string, ancestor: string): boolean {
  return ptr === ancestor || ptr.startsWith(`${ancestor}/`);
}

/** Whether `ptr` or one of its ancestors is in `set`. */
export function withinAny(ptr: string, set: ReadonlySet<string>): boolean {
  if (set.size === 0) return false;
  if (set.has(ptr)) return true;
  for (let i = ptr.lastIndexOf('/'); i > 0; i = ptr.lastIndexOf('/', i - 1))
    if (set.has(ptr.slice(0, i))) return true;
  return false;
}
