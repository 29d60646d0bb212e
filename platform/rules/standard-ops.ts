/**
 * The eager standard operators with json-logic-js 2.0.5 semantics, on already evaluated
 * arguments. They use JavaScript's own operators on purpose: JsonLogic's coercions *are*
 * JavaScript's (`"2" > 1`, `null < 18`, `[] == false`). The casts only silence the type checker;
 * the run-time coercion is the one json-logic-js performs.
 */
import { type EvalContext, spend } from './eval-context.js';
import { ruleError } from './rule-error.js';
import { truthy } from './truthy.js';

type Num = number;

// biome-ignore lint/suspicious/noDoubleEquals: JsonLogic's == is JavaScript's loose equality.
export const looseEquals = (a: unknown, b: unknown): boolean => a == b;
// biome-ignore lint/suspicious/noDoubleEquals: JsonLogic's != is JavaScript's loose inequality.
export const looseNotEquals = (a: unknown, b: unknown): boolean => a != b;

export const greater = (a: unknown, b: unknown): boolean => (a as Num) > (b as Num);
export const greaterOrEqual = (a: unknown, b: unknown): boolean => (a as Num) >= (b as Num);

/** `<` with an optional third argument: a < b < c. As json-logic-js, tests the value of c. */
export function less(a: unknown, b: unknown, c: unknown): boolean {
  return c === undefined ? (a as Num) < (b as Num) : (a as Num) < (b as Num) && (b as Num) < (c as Num);
}

export function lessOrEqual(a: unknown, b: unknown, c: unknown): boolean {
  return c === undefined ? (a as Num) <= (b as Num) : (a as Num) <= (b as Num) && (b as Num) <= (c as Num);
}

/** `parseFloat` as json-logic-js applies it; `-0` becomes `0` exactly as `parseFloat(String(-0))`. */
export function toFloat(value: unknown): number {
  return typeof value === 'number' ? value + 0 : Number.parseFloat(value as string);
}

export function plus(values: readonly unknown[]): number {
  let sum = 0;
  for (const value of values) sum = sum + toFloat(value);
  return sum;
}

/** `*`: a fold without a start value, so one argument comes back unchanged and none is an error. */
export function times(values: readonly unknown[]): unknown {
  if (values.length === 0) throw ruleError('The operator "*" needs at least one argument.');
  let product: unknown = values[0];
  for (let i = 1; i < values.length; i++) product = toFloat(product) * toFloat(values[i]);
  return product;
}

export function minus(a: unknown, b: unknown): number {
  return b === undefined ? -(a as Num) : (a as Num) - (b as Num);
}

export const divide = (a: unknown, b: unknown): number => (a as Num) / (b as Num);
export const remainder = (a: unknown, b: unknown): number => (a as Num) % (b as Num);
export const minimum = (values: readonly unknown[]): number => Math.min(...(values as Num[]));
export const maximum = (values: readonly unknown[]): number => Math.max(...(values as Num[]));
export const not = (a: unknown): boolean => !truthy(a);
export const notNot = (a: unknown): boolean => truthy(a);

/** `in`: membership in an array (strict), or substring of a string. */
export function inOp(a: unknown, b: unknown): boolean {
  if (!b) return false;
  if (typeof b === 'string') return b.indexOf(a as string) !== -1;
  if (Array.isArray(b)) return b.indexOf(a) !== -1;
  // json-logic-js calls `b.indexOf` when it exists at all; on JSON data that is never a function.
  if (typeof b === 'object' && (b as Record<string, unknown>).indexOf !== undefined) {
    throw ruleError('The second argument of "in" must be a list or text.');
  }
  return false;
}

/** `cat`: Array.prototype.join semantics (null and undefined become empty text). */
export function cat(values: readonly unknown[], ctx: EvalContext | undefined): string {
  let text = '';
  for (const value of values) text += value === null || value === undefined ? '' : String(value);
  if (ctx !== undefined && text.length > 64) spend(ctx, text.length >> 4);
  return text;
}

/** `substr` with PHP-style negative length, as json-logic-js. */
export function substr(source: unknown, start: unknown, end: unknown): string {
  if ((end as Num) < 0) {
    const temp = String(source).substr(start as Num);
    return temp.substr(0, temp.length + (end as Num));
  }
  return String(source).substr(start as Num, end as Num);
}

export function merge(values: readonly unknown[], ctx: EvalContext | undefined): unknown[] {
  let result: unknown[] = [];
  for (const value of values) result = result.concat(value);
  if (ctx !== undefined) spend(ctx, result.length);
  return result;
}
