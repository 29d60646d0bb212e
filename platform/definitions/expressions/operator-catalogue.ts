import type { ValueType } from './value-type.js';

/**
 * One operator of Pathway's expression language. The catalogue is part of the definition
 * language: the checker uses it for arity and types, the rules engine implements exactly these
 * operators, and the documentation is generated from the same entries.
 */
export type OperatorSpec = {
  readonly name: string;
  /** Fewest and most arguments; `max: undefined` means any number. */
  readonly arity: { readonly min: number; readonly max?: number };
  /** Expected type of each argument by position; the last entry repeats for further arguments. */
  readonly args: readonly ValueType[];
  /** The result type, or a function of the argument types. */
  readonly returns: ValueType | ((argTypes: readonly ValueType[]) => ValueType);
  /** Argument positions evaluated once per item of the array in argument 0 (the item is the data). */
  readonly scoped?: readonly number[];
  /** Part of standard JsonLogic (json-logic-js 2.0.5 is the reference for its semantics). */
  readonly standard: boolean;
  /** Comparison: arguments must all be numbers or all be dates (ISO dates compare in order). */
  readonly comparison?: boolean;
  /** Whether the rules→SQL compiler can express it. */
  readonly sql: boolean;
  readonly summary: string;
  readonly example: { readonly logic: unknown; readonly data?: unknown; readonly result: unknown };
};

const sameAsBranches = (types: readonly ValueType[]): ValueType => {
  const branches = types.filter((_, i) => i % 2 === 1 || i === types.length - 1);
  const first = branches[0] ?? 'any';
  return branches.every((t) => t === first) ? first : 'any';
};
const firstOr = (types: readonly ValueType[]): ValueType => {
  const first = types[0] ?? 'any';
  return types.every((t) => t === first) ? first : 'any';
};

const std = (spec: Omit<OperatorSpec, 'standard'>): OperatorSpec => ({ ...spec, standard: true });
const ext = (spec: Omit<OperatorSpec, 'standard'>): OperatorSpec => ({ ...spec, standard: false });

export const OPERATORS: readonly OperatorSpec[] = [
  std({
    name: 'var',
    arity: { min: 0, max: 2 },
    args: ['string', 'any'],
    returns: 'any',
    sql: true,
    summary:
      'The value at a dotted path of the data; the second argument is a default when it is missing. The path must be a literal string.',
    example: { logic: { var: 'person.sex' }, data: { person: { sex: 'f' } }, result: 'f' },
  }),
  std({
    name: 'missing',
    arity: { min: 0 },
    args: ['string'],
    returns: 'array',
    sql: true,
    summary: 'The listed paths whose value is missing, null or empty text.',
    example: { logic: { missing: ['a', 'b'] }, data: { a: 1 }, result: ['b'] },
  }),
  std({
    name: 'missing_some',
    arity: { min: 2, max: 2 },
    args: ['number', 'array'],
    returns: 'array',
    sql: true,
    summary: 'Empty when at least N of the listed paths are present; otherwise the missing ones.',
    example: { logic: { missing_some: [1, ['a', 'b']] }, data: { a: 1 }, result: [] },
  }),
  std({
    name: 'if',
    arity: { min: 0 },
    args: ['any'],
    returns: sameAsBranches,
    sql: true,
    summary: 'if/then/else-if…/else: the value after the first truthy condition, else the last argument.',
    example: {
      logic: { if: [{ '<': [{ var: 'age' }, 18] }, 'minor', 'adult'] },
      data: { age: 17 },
      result: 'minor',
    },
  }),
  std({
    name: '?:',
    arity: { min: 3, max: 3 },
    args: ['any'],
    returns: sameAsBranches,
    sql: true,
    summary: 'Ternary: condition ? then : else.',
    example: { logic: { '?:': [true, 1, 2] }, result: 1 },
  }),
  std({
    name: '==',
    arity: { min: 2, max: 2 },
    args: ['any', 'any'],
    returns: 'boolean',
    sql: false,
    summary: 'Loose equality with JavaScript coercion (prefer ===).',
    example: { logic: { '==': [1, '1'] }, result: true },
  }),
  std({
    name: '===',
    arity: { min: 2, max: 2 },
    args: ['any', 'any'],
    returns: 'boolean',
    sql: true,
    summary: 'Strict equality.',
    example: { logic: { '===': [{ var: 'status' }, 'open'] }, data: { status: 'open' }, result: true },
  }),
  std({
    name: '!=',
    arity: { min: 2, max: 2 },
    args: ['any', 'any'],
    returns: 'boolean',
    sql: false,
    summary: 'Loose inequality (prefer !==).',
    example: { logic: { '!=': [1, 2] }, result: true },
  }),
  std({
    name: '!==',
    arity: { min: 2, max: 2 },
    args: ['any', 'any'],
    returns: 'boolean',
    sql: true,
    summary: 'Strict inequality.',
    example: { logic: { '!==': [1, '1'] }, result: true },
  }),
  std({
    name: '>',
    arity: { min: 2, max: 2 },
    args: ['any', 'any'],
    returns: 'boolean',
    comparison: true,
    sql: true,
    summary: 'Greater than (numbers; ISO dates compare as text).',
    example: { logic: { '>': [{ var: 'score' }, 3] }, data: { score: 4 }, result: true },
  }),
  std({
    name: '>=',
    arity: { min: 2, max: 2 },
    args: ['any', 'any'],
    returns: 'boolean',
    comparison: true,
    sql: true,
    summary: 'Greater than or equal.',
    example: { logic: { '>=': [18, 18] }, result: true },
  }),
  std({
    name: '<',
    arity: { min: 2, max: 3 },
    args: ['any', 'any', 'any'],
    returns: 'boolean',
    comparison: true,
    sql: true,
    summary: 'Less than; with three arguments, strictly between.',
    example: { logic: { '<': [15, { var: 'age' }, 31] }, data: { age: 20 }, result: true },
  }),
  std({
    name: '<=',
    arity: { min: 2, max: 3 },
    args: ['any', 'any', 'any'],
    returns: 'boolean',
    comparison: true,
    sql: true,
    summary: 'Less than or equal; with three arguments, between inclusive.',
    example: { logic: { '<=': [15, { var: 'age' }, 30] }, data: { age: 30 }, result: true },
  }),
  std({
    name: '!',
    arity: { min: 1, max: 1 },
    args: ['any'],
    returns: 'boolean',
    sql: true,
    summary: 'Not (JsonLogic truthiness: empty arrays are false).',
    example: { logic: { '!': [{ var: 'consent' }] }, data: { consent: false }, result: true },
  }),
  std({
    name: '!!',
    arity: { min: 1, max: 1 },
    args: ['any'],
    returns: 'boolean',
    sql: true,
    summary: 'Truthiness as a boolean.',
    example: { logic: { '!!': [[]] }, result: false },
  }),
  std({
    name: 'or',
    arity: { min: 1 },
    args: ['any'],
    returns: firstOr,
    sql: true,
    summary: 'The first truthy argument, or the last.',
    example: { logic: { or: [false, 'x'] }, result: 'x' },
  }),
  std({
    name: 'and',
    arity: { min: 1 },
    args: ['any'],
    returns: firstOr,
    sql: true,
    summary: 'The first falsy argument, or the last.',
    example: { logic: { and: [true, 3] }, result: 3 },
  }),
  std({
    name: 'max',
    arity: { min: 0 },
    args: ['number'],
    returns: 'number',
    sql: true,
    summary: 'Largest number.',
    example: { logic: { max: [1, 3, 2] }, result: 3 },
  }),
  std({
    name: 'min',
    arity: { min: 0 },
    args: ['number'],
    returns: 'number',
    sql: true,
    summary: 'Smallest number.',
    example: { logic: { min: [1, 3, 2] }, result: 1 },
  }),
  std({
    name: '+',
    arity: { min: 0 },
    args: ['number'],
    returns: 'number',
    sql: true,
    summary: 'Sum; with one argument, converts it to a number.',
    example: { logic: { '+': [1, 2, 3] }, result: 6 },
  }),
  std({
    name: '-',
    arity: { min: 1, max: 2 },
    args: ['number', 'number'],
    returns: 'number',
    sql: true,
    summary: 'Difference; with one argument, negation.',
    example: { logic: { '-': [5, 2] }, result: 3 },
  }),
  std({
    name: '*',
    arity: { min: 1 },
    args: ['number'],
    returns: 'number',
    sql: true,
    summary: 'Product.',
    example: { logic: { '*': [2, 3] }, result: 6 },
  }),
  std({
    name: '/',
    arity: { min: 2, max: 2 },
    args: ['number', 'number'],
    returns: 'number',
    sql: true,
    summary: 'Quotient.',
    example: { logic: { '/': [6, 3] }, result: 2 },
  }),
  std({
    name: '%',
    arity: { min: 2, max: 2 },
    args: ['number', 'number'],
    returns: 'number',
    sql: true,
    summary: 'Remainder.',
    example: { logic: { '%': [7, 3] }, result: 1 },
  }),
  std({
    name: 'map',
    arity: { min: 2, max: 2 },
    args: ['array', 'any'],
    returns: 'array',
    scoped: [1],
    sql: false,
    summary: 'Applies the second argument to each item of the array (the item is the data).',
    example: { logic: { map: [[1, 2], { '*': [{ var: '' }, 2] }] }, result: [2, 4] },
  }),
  std({
    name: 'filter',
    arity: { min: 2, max: 2 },
    args: ['array', 'boolean'],
    returns: 'array',
    scoped: [1],
    sql: false,
    summary: 'Items for which the condition holds.',
    example: { logic: { filter: [[1, 2, 3], { '>': [{ var: '' }, 1] }] }, result: [2, 3] },
  }),
  std({
    name: 'reduce',
    arity: { min: 3, max: 3 },
    args: ['array', 'any', 'any'],
    returns: 'any',
    scoped: [1],
    sql: false,
    summary: 'Folds the array: the expression sees `current` and `accumulator`.',
    example: {
      logic: { reduce: [[1, 2, 3], { '+': [{ var: 'current' }, { var: 'accumulator' }] }, 0] },
      result: 6,
    },
  }),
  std({
    name: 'all',
    arity: { min: 2, max: 2 },
    args: ['array', 'boolean'],
    returns: 'boolean',
    scoped: [1],
    sql: true,
    summary: 'True when the array is non-empty and the condition holds for every item.',
    example: { logic: { all: [[1, 2], { '>': [{ var: '' }, 0] }] }, result: true },
  }),
  std({
    name: 'none',
    arity: { min: 2, max: 2 },
    args: ['array', 'boolean'],
    returns: 'boolean',
    scoped: [1],
    sql: true,
    summary: 'True when the condition holds for no item.',
    example: { logic: { none: [[1, 2], { '>': [{ var: '' }, 5] }] }, result: true },
  }),
  std({
    name: 'some',
    arity: { min: 2, max: 2 },
    args: ['array', 'boolean'],
    returns: 'boolean',
    scoped: [1],
    sql: true,
    summary: 'True when the condition holds for at least one item.',
    example: { logic: { some: [[1, 2], { '>': [{ var: '' }, 1] }] }, result: true },
  }),
  std({
    name: 'merge',
    arity: { min: 0 },
    args: ['any'],
    returns: 'array',
    sql: false,
    summary: 'Flattens arguments into one array.',
    example: { logic: { merge: [[1], 2] }, result: [1, 2] },
  }),
  std({
    name: 'in',
    arity: { min: 2, max: 2 },
    args: ['any', 'any'],
    returns: 'boolean',
    sql: true,
    summary: 'Membership in an array, or substring of a string.',
    example: { logic: { in: [{ var: 'group' }, ['I', 'II', 'III']] }, data: { group: 'II' }, result: true },
  }),
  std({
    name: 'cat',
    arity: { min: 0 },
    args: ['any'],
    returns: 'string',
    sql: true,
    summary: 'Concatenates as text.',
    example: { logic: { cat: ['a', 1] }, result: 'a1' },
  }),
  std({
    name: 'substr',
    arity: { min: 2, max: 3 },
    args: ['string', 'number', 'number'],
    returns: 'string',
    sql: true,
    summary: 'Part of a string from a start (negative counts from the end), with an optional length.',
    example: { logic: { substr: ['pathway', 0, 4] }, result: 'path' },
  }),
  std({
    name: 'log',
    arity: { min: 1, max: 1 },
    args: ['any'],
    returns: (t) => t[0] ?? 'any',
    sql: false,
    summary: 'Returns its argument (json-logic-js also prints it; Pathway does not).',
    example: { logic: { log: [1] }, result: 1 },
  }),
  ext({
    name: 'age_years',
    arity: { min: 1, max: 2 },
    args: ['date', 'date'],
    returns: 'number',
    sql: true,
    summary:
      'Whole years from a date of birth to an as-of date (default: `today` of the facts). Null when a date is missing or invalid.',
    example: {
      logic: { age_years: [{ var: 'dob' }, '2025-06-01'] },
      data: { dob: '2008-06-02' },
      result: 16,
    },
  }),
  ext({
    name: 'days_between',
    arity: { min: 2, max: 2 },
    args: ['date', 'date'],
    returns: 'number',
    sql: true,
    summary:
      'Calendar days from the first date to the second (negative when earlier). Null when a date is missing.',
    example: { logic: { days_between: ['2025-01-01', '2025-01-31'] }, result: 30 },
  }),
  ext({
    name: 'working_days_between',
    arity: { min: 2, max: 2 },
    args: ['date', 'date'],
    returns: 'number',
    sql: false,
    summary:
      "Working days after the first date up to and including the second, by the site's working calendar.",
    example: { logic: { working_days_between: ['2025-01-03', '2025-01-10'] }, result: 5 },
  }),
  ext({
    name: 'add_days',
    arity: { min: 2, max: 2 },
    args: ['date', 'number'],
    returns: 'date',
    sql: true,
    summary: 'The date a number of calendar days later (earlier when negative).',
    example: { logic: { add_days: ['2025-01-30', 3] }, result: '2025-02-02' },
  }),
  ext({
    name: 'add_working_days',
    arity: { min: 2, max: 2 },
    args: ['date', 'number'],
    returns: 'date',
    sql: false,
    summary: "The date a number of working days later, by the site's working calendar.",
    example: { logic: { add_working_days: ['2025-01-03', 5] }, result: '2025-01-10' },
  }),
  ext({
    name: 'before',
    arity: { min: 2, max: 2 },
    args: ['date', 'date'],
    returns: 'boolean',
    sql: true,
    summary: 'True when the first date is earlier than the second; false when either is missing.',
    example: { logic: { before: ['2025-01-01', '2025-02-01'] }, result: true },
  }),
  ext({
    name: 'after',
    arity: { min: 2, max: 2 },
    args: ['date', 'date'],
    returns: 'boolean',
    sql: true,
    summary: 'True when the first date is later than the second; false when either is missing.',
    example: { logic: { after: ['2025-03-01', '2025-02-01'] }, result: true },
  }),
  ext({
    name: 'count_if',
    arity: { min: 1, max: 2 },
    args: ['array', 'boolean'],
    returns: 'number',
    scoped: [1],
    sql: true,
    summary: 'How many items of a repeat group satisfy the condition (all items when it is omitted).',
    example: {
      logic: { count_if: [{ var: 'steps' }, { '===': [{ var: 'status' }, 'completed'] }] },
      data: { steps: [{ status: 'completed' }, { status: 'planned' }] },
      result: 1,
    },
  }),
  ext({
    name: 'sum',
    arity: { min: 1, max: 2 },
    args: ['array', 'number'],
    returns: 'number',
    scoped: [1],
    sql: true,
    summary:
      'Sum over a repeat group of the item expression (of the items themselves when omitted); non-numbers count as 0.',
    example: {
      logic: { sum: [{ var: 'payments' }, { var: 'amount' }] },
      data: { payments: [{ amount: 10 }, { amount: 5 }] },
      result: 15,
    },
  }),
  ext({
    name: 'any',
    arity: { min: 2, max: 2 },
    args: ['array', 'boolean'],
    returns: 'boolean',
    scoped: [1],
    sql: true,
    summary: 'True when the condition holds for at least one item of a repeat group (as `some`).',
    example: {
      logic: { any: [{ var: 'members' }, { '<': [{ var: 'age' }, 18] }] },
      data: { members: [{ age: 40 }, { age: 9 }] },
      result: true,
    },
  }),
  ext({
    name: 'in_lookup',
    arity: { min: 2, max: 3 },
    args: ['string', 'any', 'any'],
    returns: 'boolean',
    sql: true,
    summary:
      'True when the value is an option of the named lookup (and, with a third argument, a child of that parent option).',
    example: {
      logic: { in_lookup: ['disability-groups', { var: 'group' }] },
      data: { group: 'II' },
      result: true,
    },
  }),
  ext({
    name: 'coalesce',
    arity: { min: 1 },
    args: ['any'],
    returns: firstOr,
    sql: true,
    summary: 'The first argument that is neither null nor empty text.',
    example: {
      logic: { coalesce: [{ var: 'phone' }, { var: 'mobile' }, 'none'] },
      data: { mobile: '+998' },
      result: '+998',
    },
  }),
  ext({
    name: 'between',
    arity: { min: 3, max: 3 },
    args: ['any', 'any', 'any'],
    returns: 'boolean',
    comparison: true,
    sql: true,
    summary: 'True when low ≤ value ≤ high (numbers, or ISO dates); false when any is missing.',
    example: { logic: { between: [{ var: 'age' }, 15, 30] }, data: { age: 30 }, result: true },
  }),
  ext({
    name: 'rule',
    arity: { min: 1, max: 1 },
    args: ['string'],
    returns: 'any',
    sql: true,
    summary: 'The value of a named rule of the site, evaluated on the same facts (its subject must match).',
    example: { logic: { rule: 'in-target-group' }, result: true },
  }),
];

const BY_NAME = new Map(OPERATORS.map((op) => [op.name, op]));

export function operatorSpec(name: string): OperatorSpec | undefined {
  return BY_NAME.get(name);
}

/** Expected type of argument `index` of an operator. */
export function argumentType(spec: OperatorSpec, index: number): ValueType {
  return spec.args[Math.min(index, spec.args.length - 1)] ?? 'any';
}

export function resultType(spec: OperatorSpec, argTypes: readonly ValueType[]): ValueType {
  return typeof spec.returns === 'function' ? spec.returns(argTypes) : spec.returns;
}
