/**
 * Static `var` paths compiled to inline own-property reads. A path prefix used more than once in
 * one generated function (`person` in `person.district` and `person.status`) is read once into a
 * `const` at the top of the function: reads are pure, so reading early cannot change a result, and
 * each read site keeps its own inline cache instead of sharing one helper's.
 */
import { operatorSpec } from '../../definitions/expressions/operator-catalogue.js';
import { argumentsOf, isLogic, operatorOf } from '../logic-shape.js';
import { isSafeSegment, isWholeDataPath, pathSegments } from '../safe-path.js';

export type PathState = {
  /** How often each path prefix (JSON of its segments) is read in this function. */
  readonly counts: Map<string, number>;
  /** Prefixes already read into a constant, by prefix key. */
  readonly hoisted: Map<string, string>;
  /** `const` statements run before the function's expression. */
  readonly prelude: string[];
};

/** The segments of a `var` path that may be compiled statically, or undefined. */
export function staticSegments(path: unknown): string[] | undefined {
  if (path !== null && typeof path === 'object') return undefined;
  if (isWholeDataPath(path)) return [];
  const segments = pathSegments(path);
  return segments.every(isSafeSegment) ? segments : undefined;
}

const prefixKey = (segments: readonly string[], length: number) => JSON.stringify(segments.slice(0, length));

/** Counts the static path prefixes read by `logic` in the current function (not item functions). */
export function countPaths(logic: unknown, counts: Map<string, number>): void {
  if (Array.isArray(logic)) {
    for (const item of logic) countPaths(item, counts);
    return;
  }
  if (!isLogic(logic)) return;
  const op = operatorOf(logic);
  const args = argumentsOf(logic, op);
  if (op === 'var') {
    const segments = staticSegments(args[0]);
    if (segments !== undefined) {
      for (let i = 1; i <= segments.length; i++) {
        const key = prefixKey(segments, i);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  const scoped = operatorSpec(op)?.scoped ?? [];
  args.forEach((arg, i) => {
    if (!scoped.includes(i)) countPaths(arg, counts);
  });
}

/**
 * An own-property read of `key` from a simple identifier, `undefined` when not own. For a plain
 * object (prototype `Object.prototype`, whose prototype is null) a value that differs from
 * `Object.prototype[key]` can only be the object's own, so the common case needs no
 * `hasOwnProperty` call; anything else (arrays, strings, other prototypes, a value equal to the
 * prototype's) takes the full check. Each read uses the function's scratch variable `v`, which is
 * consumed before any other read starts.
 */
export function ownRead(ident: string, key: string): string {
  const k = JSON.stringify(key);
  return `(${ident} == null ? undefined : (v = ${ident}[${k}]) === undefined ? undefined : proto(${ident}) === OP && v !== OP[${k}] ? v : own(${ident}, ${k}))`;
}

/**
 * The expression reading `segments` from `d`; `undefined` when a step is missing (the caller turns
 * that into `null` or the default). `temp` supplies a temporary for inline reads of inline reads.
 */
export function pathRead(segments: readonly string[], state: PathState, temp: () => string): string {
  let current = 'd';
  let isIdent = true;
  for (const [index, segment] of segments.entries()) {
    const key = prefixKey(segments, index + 1);
    const hoisted = state.hoisted.get(key);
    if (hoisted !== undefined) {
      current = hoisted;
      isIdent = true;
      continue;
    }
    const parent = isIdent ? current : temp();
    const read = ownRead(parent, segment);
    const expression = isIdent ? read : `(${parent} = ${current}, ${read})`;
    if ((state.counts.get(key) ?? 0) > 1 && isIdent) {
      const name = `p${state.hoisted.size}`;
      state.hoisted.set(key, name);
      state.prelude.push(`const ${name} = ${expression};`);
      current = name;
      isIdent = true;
    } else {
      current = expression;
      isIdent = false;
    }
  }
  return current;
}
