/**
 * Records an explanation while the interpreter runs: one {@link TraceNode} per evaluated
 * sub-expression, with the value it produced. Lazy operators report which arguments short-circuiting
 * skipped and which values served as conditions, so the trace can say what held and what failed.
 */
import { OPERATORS } from '../definitions/expressions/operator-catalogue.js';
import { type EvalContext, type Evaluate, evaluateUntraced } from './eval-context.js';
import { argumentsOf, isLogic, operatorOf } from './logic-shape.js';
import { isWholeDataPath } from './safe-path.js';
import { truthy } from './truthy.js';
import type { TraceNode } from './types.js';

const BOOLEAN_OPS = new Set(OPERATORS.filter((op) => op.returns === 'boolean').map((op) => op.name));

export type Tracer = {
  current: TraceNode;
  /** Marks the last recorded argument as a condition that held or failed. */
  condition(passed: boolean): void;
  /** Records `args[from..to)` as skipped by short-circuiting. */
  skip(args: readonly unknown[], from: number, to?: number): void;
  /** Marks the last recorded argument as the evaluation for array item `index`. */
  item(index: number): void;
};

/** A trace node for `logic`, before it is evaluated. */
export function traceNodeFor(logic: unknown): TraceNode {
  if (Array.isArray(logic)) return { op: 'array', value: undefined, args: [] };
  if (!isLogic(logic)) return { op: 'value', value: logic, args: [] };
  const op = operatorOf(logic);
  const node: TraceNode = { op, value: undefined, args: [] };
  const first = argumentsOf(logic, op)[0];
  if (op === 'var' && (first === null || typeof first !== 'object')) {
    node.path = isWholeDataPath(first) ? '' : String(first);
  } else if (op === 'rule' && typeof first === 'string') {
    node.path = first;
  }
  return node;
}

const hasLogicInside = (list: readonly unknown[]): boolean =>
  list.some((item) => Array.isArray(item) || isLogic(item));

const lastArg = (node: TraceNode): TraceNode | undefined => node.args[node.args.length - 1];

/** A node for logic that short-circuiting skipped: its shape, so it can still be described. */
export function skippedNode(logic: unknown): TraceNode {
  const node: TraceNode = { ...traceNodeFor(logic), skipped: true };
  if (node.op === 'array' && !hasLogicInside(logic as unknown[])) node.value = logic;
  else if (node.op === 'array') node.args = (logic as unknown[]).map(skippedNode);
  else if (node.op !== 'value' && !(node.op === 'var' && node.path !== undefined)) {
    node.args = argumentsOf(logic as Record<string, unknown>, node.op).map(skippedNode);
  }
  return node;
}

export function createTracer(root: TraceNode): Tracer {
  const tracer: Tracer = {
    current: root,
    condition(passed) {
      const last = lastArg(tracer.current);
      if (last !== undefined) last.passed = passed;
    },
    skip(args, from, to = args.length) {
      for (let i = from; i < to; i++) tracer.current.args.push(skippedNode(args[i]));
    },
    item(index) {
      const last = lastArg(tracer.current);
      if (last !== undefined) last.item = index;
    },
  };
  return tracer;
}

/** Literals, literal lists and `var` with a literal path are recorded as one node each. */
function isLeaf(node: TraceNode, logic: unknown): boolean {
  if (node.op === 'value') return true;
  if (node.op === 'array') return !hasLogicInside(logic as unknown[]);
  if (node.op !== 'var') return false;
  return !hasLogicInside(argumentsOf(logic as Record<string, unknown>, 'var'));
}

/**
 * Wraps the interpreter's node evaluation so each evaluation is recorded under the node that
 * asked for it. Literal lists stay one leaf: a district list is a value, not twenty conditions.
 */
export function tracing(evaluateNode: Evaluate): Evaluate {
  const traced: Evaluate = (logic, data, ctx: EvalContext) => {
    const tracer = ctx.tracer;
    if (tracer === undefined) return evaluateNode(logic, data, ctx);
    const node = traceNodeFor(logic);
    const parent = tracer.current;
    parent.args.push(node);
    if (isLeaf(node, logic)) {
      node.value = node.op === 'value' ? logic : evaluateUntraced(logic, data, ctx);
      return node.value;
    }
    tracer.current = node;
    try {
      node.value = evaluateNode(logic, data, ctx);
    } finally {
      tracer.current = parent;
    }
    if (BOOLEAN_OPS.has(node.op)) node.passed = truthy(node.value);
    return node.value;
  };
  return traced;
}
