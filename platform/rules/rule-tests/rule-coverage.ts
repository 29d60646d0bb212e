import { OPERATORS } from '../../definitions/expressions/operator-catalogue.js';
import { appendPointer } from '../../kernel/json-pointer.js';
import { truthy } from '../truthy.js';
import type { TraceNode } from '../types.js';

const BOOLEAN_OPS = new Set(OPERATORS.filter((op) => op.returns === 'boolean').map((op) => op.name));
const SCOPED = new Map(OPERATORS.filter((op) => op.scoped).map((op) => [op.name, op.scoped?.[0] ?? 1]));

const opOf = (logic: unknown): string | undefined =>
  logic !== null && typeof logic === 'object' && !Array.isArray(logic) && Object.keys(logic).length === 1
    ? Object.keys(logic)[0]
    : undefined;
const argsOf = (logic: Record<string, unknown>, op: string): unknown[] =>
  Array.isArray(logic[op]) ? (logic[op] as unknown[]) : [logic[op]];

/**
 * A decision point: a sub-condition of a rule that tests should drive both true and false —
 * every boolean operator, every operand of `and`/`or`/`!`, every condition of `if`.
 */
export type DecisionPoint = { readonly pointer: string; readonly label: string };

function isDecision(parentOp: string | undefined, index: number, argCount: number, node: unknown): boolean {
  const op = opOf(node);
  if (op !== undefined && BOOLEAN_OPS.has(op)) return true;
  if (parentOp === 'and' || parentOp === 'or' || parentOp === '!' || parentOp === '!!')
    return op !== undefined;
  if ((parentOp === 'if' || parentOp === '?:') && index % 2 === 0 && index < argCount - 1)
    return op !== undefined;
  return false;
}

/** Every decision point of a rule's logic, by JSON pointer relative to the logic. */
export function decisionPoints(
  logic: unknown,
  pointer = '',
  parentOp?: string,
  index = 0,
  argCount = 0,
): DecisionPoint[] {
  const op = opOf(logic);
  const here = isDecision(parentOp, index, argCount, logic) ? [{ pointer, label: op ?? 'value' }] : [];
  if (op === undefined) {
    return Array.isArray(logic)
      ? logic.flatMap((item, i) => decisionPoints(item, appendPointer(pointer, i)))
      : here;
  }
  const raw = (logic as Record<string, unknown>)[op];
  const args = argsOf(logic as Record<string, unknown>, op);
  const child = (i: number) =>
    Array.isArray(raw) ? appendPointer(pointer, op, i) : appendPointer(pointer, op);
  return [...here, ...args.flatMap((arg, i) => decisionPoints(arg, child(i), op, i, args.length))];
}

/** Records which outcomes each decision point took in one evaluation trace. */
export function recordOutcomes(
  logic: unknown,
  trace: TraceNode,
  pointer: string,
  outcomes: Map<string, Set<boolean>>,
): void {
  if (trace.skipped === true) return;
  const add = (ptr: string, node: TraceNode) => {
    const set = outcomes.get(ptr) ?? new Set<boolean>();
    set.add(truthy(node.value));
    outcomes.set(ptr, set);
  };
  add(pointer, trace);
  const op = opOf(logic);
  if (op === undefined) return;
  const raw = (logic as Record<string, unknown>)[op];
  const args = argsOf(logic as Record<string, unknown>, op);
  const child = (i: number) =>
    Array.isArray(raw) ? appendPointer(pointer, op, i) : appendPointer(pointer, op);
  const scopedIndex = SCOPED.get(op);
  let positional = 0;
  for (const node of trace.args) {
    const i = node.item !== undefined && scopedIndex !== undefined ? scopedIndex : positional++;
    if (i < args.length) recordOutcomes(args[i], node, child(i), outcomes);
  }
}

export type CoverageReport = {
  readonly total: number;
  readonly covered: number;
  /** Decision points missing an outcome: "`/and/1` never false". */
  readonly missing: readonly { pointer: string; label: string; never: boolean }[];
};

/** Branch coverage of a rule by the traces of its tests: both outcomes at every decision point. */
export function coverageOf(
  logic: unknown,
  traces: readonly TraceNode[],
  rootIsCondition: boolean,
): CoverageReport {
  const outcomes = new Map<string, Set<boolean>>();
  for (const trace of traces) recordOutcomes(logic, trace, '', outcomes);
  const missing: { pointer: string; label: string; never: boolean }[] = [];
  const inner = decisionPoints(logic);
  const points =
    rootIsCondition && !inner.some((p) => p.pointer === '')
      ? [{ pointer: '', label: opOf(logic) ?? 'value' }, ...inner]
      : inner;
  for (const point of points) {
    const seen = outcomes.get(point.pointer) ?? new Set<boolean>();
    for (const outcome of [true, false])
      if (!seen.has(outcome)) missing.push({ pointer: point.pointer, label: point.label, never: outcome });
  }
  return { total: points.length * 2, covered: points.length * 2 - missing.length, missing };
}
