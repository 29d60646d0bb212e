/**
 * Test support (not imported by the engine): fast-check generators of rules and facts for the
 * differential tests, shared with the SQL equivalence test. Paths and values are drawn from small
 * pools so that generated rules actually meet the generated facts.
 */
import fc from 'fast-check';

export const FACT_KEYS = ['a', 'b', 'n', 's', 'list', 'obj', 'flag', 'date'] as const;
const ITEM_PATHS = ['', 'x', 'current', 'accumulator', 'current.x', 'n'];
const PATHS = [
  ...FACT_KEYS,
  '',
  'obj.a',
  'obj.n',
  'list.0',
  'list.1',
  's.length',
  'list.length',
  'a.b.c',
  'missing',
];

const STRINGS = [
  '',
  '0',
  '1',
  '12',
  ' 12 ',
  '1e3',
  'abc',
  'a',
  'true',
  'null',
  '2025-01-01',
  '2024-12-31',
  'x,y',
];
const NUMBERS = [0, 1, -1, 2, 3, 1.5, 18, 100, -0.5, 1e21];

export const jsonScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(...NUMBERS),
  fc.integer({ min: -50, max: 50 }),
  fc.constantFrom(...STRINGS),
);

/** Fact values: scalars, short lists, small objects; sometimes the awkward ones (NaN, -0). */
export const factValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: jsonScalar, weight: 6 },
    { arbitrary: fc.constantFrom(Number.NaN, -0, Number.POSITIVE_INFINITY), weight: 1 },
    { arbitrary: fc.array(tie('value'), { maxLength: 3 }), weight: 2 },
    {
      arbitrary: fc.dictionary(fc.constantFrom('a', 'b', 'n', 'x', 'current', 'indexOf'), tie('value'), {
        maxKeys: 3,
      }),
      weight: 1,
    },
  ),
})).value;

export const facts: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.dictionary(fc.constantFrom(...FACT_KEYS), factValue, { maxKeys: 8 }), weight: 9 },
  { arbitrary: factValue, weight: 1 },
);

const varNode = (paths: readonly string[]) =>
  fc.oneof(
    fc.constantFrom(...paths).map((path) => ({ var: path })),
    fc.tuple(fc.constantFrom(...paths), jsonScalar).map(([path, fallback]) => ({ var: [path, fallback] })),
  );

type OperatorShape = {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly scoped?: boolean;
};

/** Operators with the argument counts to generate (wider than the catalogue allows, on purpose). */
export const STANDARD_SHAPES: readonly OperatorShape[] = [
  ...['==', '===', '!=', '!==', '>', '>=', '/', '%', 'in'].map((name) => ({ name, min: 1, max: 3 })),
  ...['<', '<='].map((name) => ({ name, min: 1, max: 4 })),
  ...['!', '!!', 'log'].map((name) => ({ name, min: 0, max: 2 })),
  ...['and', 'or', 'if', '?:', '+', '*', 'min', 'max', 'cat', 'merge', 'missing'].map((name) => ({
    name,
    min: 0,
    max: 4,
  })),
  { name: '-', min: 1, max: 3 },
  { name: 'substr', min: 1, max: 3 },
  { name: 'missing_some', min: 2, max: 2 },
  ...['map', 'filter', 'all', 'none', 'some'].map((name) => ({ name, min: 2, max: 2, scoped: true })),
  { name: 'reduce', min: 2, max: 3, scoped: true },
];

export const CUSTOM_SHAPES: readonly OperatorShape[] = [
  { name: 'age_years', min: 1, max: 2 },
  ...['days_between', 'working_days_between', 'add_days', 'add_working_days', 'before', 'after'].map(
    (name) => ({
      name,
      min: 2,
      max: 2,
    }),
  ),
  ...['count_if', 'sum'].map((name) => ({ name, min: 1, max: 2, scoped: true })),
  { name: 'any', min: 2, max: 2, scoped: true },
  { name: 'coalesce', min: 1, max: 3 },
  { name: 'between', min: 3, max: 3 },
  { name: 'in_lookup', min: 2, max: 3 },
  { name: 'rule', min: 1, max: 1 },
];

/** Rules built from `shapes`, with item-scoped arguments reading item paths. */
export function rules(shapes: readonly OperatorShape[], maxDepth = 4): fc.Arbitrary<unknown> {
  const build = (depth: number, paths: readonly string[]): fc.Arbitrary<unknown> => {
    const leaf = fc.oneof({ arbitrary: jsonScalar, weight: 2 }, { arbitrary: varNode(paths), weight: 3 });
    if (depth <= 0) return leaf;
    const inner = build(depth - 1, paths);
    const node = fc.constantFrom(...shapes).chain((shape) => {
      const args = shape.scoped
        ? fc
            .tuple(inner, build(depth - 1, ITEM_PATHS), ...(shape.max > 2 ? [inner] : []))
            .map((a) => a.slice(0, shape.max))
        : fc.array(inner, { minLength: shape.min, maxLength: shape.max });
      return args.map((list) => ({
        [shape.name]: list.length === 1 && shape.name === 'var' ? list[0] : list,
      }));
    });
    return fc.oneof(
      { arbitrary: leaf, weight: 4 },
      { arbitrary: node, weight: 12 },
      { arbitrary: fc.array(inner, { maxLength: 2 }), weight: 1 },
    );
  };
  return build(maxDepth, PATHS);
}

/** Deep equality that tells -0 from 0 and counts NaN equal to itself. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]))
    );
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(rb, k) && sameValue(ra[k], rb[k]));
  }
  return Object.is(a, b);
}

export type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export function outcome(run: () => unknown): Outcome {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error };
  }
}

export function sameOutcome(a: Outcome, b: Outcome): boolean {
  return a.ok && b.ok ? sameValue(a.value, b.value) : a.ok === b.ok;
}
