import type { TraceNode } from '../rules/index.js';

const INFIX = new Set(['==', '===', '!=', '!==', '<', '<=', '>', '>=', 'in', '+', '-', '*', '/', '%']);
const MAX_TEXT = 200;

const value = (v: unknown) => (v === undefined ? 'undefined' : JSON.stringify(v));

function text(node: TraceNode): string {
  if (node.op === 'var') return node.path ?? '';
  if (node.op === 'value' || node.op === 'array') return value(node.value);
  if (node.op === 'rule') return `rule ${node.path ?? ''}`;
  const args = node.args.filter((a) => !a.skipped);
  if (INFIX.has(node.op) && args.length === 2) return `${operand(args[0])} ${node.op} ${operand(args[1])}`;
  if (node.op === '!' && args.length === 1) return `not ${operand(args[0])}`;
  return `${node.op}(${args.map(text).join(', ')})`;
}

/** An argument with the value it had, unless it is a literal. */
function operand(node: TraceNode | undefined): string {
  if (node === undefined) return '';
  return node.op === 'value' || node.op === 'array' ? text(node) : `${text(node)}=${value(node.value)}`;
}

/** The deepest conditions that failed: the ones to show a caseworker. */
function failedLeaves(node: TraceNode): TraceNode[] {
  const deeper = node.args.filter((a) => !a.skipped).flatMap(failedLeaves);
  if (deeper.length > 0) return deeper;
  return node.passed === false && node.op !== 'rule' ? [node] : [];
}

/**
 * A compact, language-neutral account of why a condition failed, from the rules engine's trace:
 * each deepest failing check with its operands' values (`age_years(person.birthDate)=15 >= settings.min_age=18`).
 */
export function failedChecks(trace: TraceNode): string[] {
  return [...new Set(failedLeaves(trace).map((n) => text(n).slice(0, MAX_TEXT)))];
}
