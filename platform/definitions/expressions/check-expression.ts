import { appendPointer } from '../../kernel/json-pointer.js';
import { type FactTree, leaf, objectTree, resolvePath } from '../facts/fact-tree.js';
import type { ProblemCode } from '../problem.js';
import {
  argumentType,
  OPERATORS,
  type OperatorSpec,
  operatorSpec,
  resultType,
} from './operator-catalogue.js';
import { isAssignable, literalType, type ValueType } from './value-type.js';

/** What a `rule` reference needs to be checked: the rule's subject and result type. */
export type RuleSignature = { readonly subject: string; readonly returns: ValueType };

/** Where an expression is evaluated: its facts, its subject, and the site's rules and lookups. */
export type ExpressionEnv = {
  readonly facts: FactTree;
  /** `case`, `person` or `form:<id>`: which rules it may call. */
  readonly subject: string;
  rule(id: string): RuleSignature | undefined;
  hasLookup(id: string): boolean;
};

export type ExpressionIssue = {
  readonly pointer: string;
  readonly code: ProblemCode;
  readonly message: string;
};

export const EXPRESSION_LIMITS = { maxDepth: 48, maxNodes: 4000 } as const;

type Inferred = { readonly type: ValueType; readonly tree?: FactTree };

type Walk = { env: ExpressionEnv; issues: ExpressionIssue[]; nodes: number; rules: Set<string> };

const ANY: Inferred = { type: 'any' };

/** Subjects whose facts include those of `inner`, so a rule about `inner` can be called from them. */
function subjectIncludes(outer: string, inner: string): boolean {
  return outer === inner || (inner === 'person' && outer === 'case');
}

function report(w: Walk, pointer: string, code: ProblemCode, message: string): Inferred {
  w.issues.push({ pointer, code, message });
  return ANY;
}

function checkVarPath(w: Walk, scope: FactTree, path: unknown, pointer: string): Inferred {
  if (path === undefined || path === null || path === '') return { type: scope.type, tree: scope };
  if (typeof path !== 'string' && typeof path !== 'number')
    return report(
      w,
      pointer,
      'bad-var-path',
      'A var path must be a literal string, so it can be checked and compiled.',
    );
  const resolved = resolvePath(scope, String(path));
  if (!resolved.ok) return report(w, pointer, 'bad-var-path', `Unknown path "${path}": ${resolved.message}`);
  return { type: resolved.tree.type, tree: resolved.tree };
}

function argPointer(pointer: string, op: string, raw: unknown, index: number): string {
  return Array.isArray(raw) ? appendPointer(pointer, op, index) : appendPointer(pointer, op);
}

function checkOptions(w: Walk, tree: FactTree | undefined, literal: unknown, pointer: string): void {
  if (tree?.options === undefined || literal === null || typeof literal === 'object') return;
  if (!tree.options.includes(literal)) {
    const shown = tree.options
      .slice(0, 12)
      .map((o) => JSON.stringify(o))
      .join(', ');
    report(
      w,
      pointer,
      'unknown-option-value',
      `${JSON.stringify(literal)} is not an option of this field (options: ${shown}${tree.options.length > 12 ? ', …' : ''}).`,
    );
  }
}

function checkEquality(
  w: Walk,
  op: string,
  args: readonly unknown[],
  inferred: readonly Inferred[],
  pointers: readonly string[],
): void {
  for (const [i, j] of [
    [0, 1],
    [1, 0],
  ] as const) {
    const other = args[j];
    if (inferred[i]?.tree?.options !== undefined && (other === null || typeof other !== 'object'))
      checkOptions(w, inferred[i]?.tree, other, pointers[j] ?? '');
  }
  const [a, b] = [inferred[0]?.type ?? 'any', inferred[1]?.type ?? 'any'];
  if ((op === '===' || op === '!==') && !isAssignable(a, b) && !isAssignable(b, a)) {
    report(
      w,
      pointers[1] ?? '',
      'type-mismatch',
      `Comparing a ${a} with a ${b} with "${op}" is always ${op === '===' ? 'false' : 'true'}.`,
    );
  }
}

function checkComparison(
  w: Walk,
  op: string,
  inferred: readonly Inferred[],
  pointers: readonly string[],
): void {
  const types = inferred.map((i) => i.type);
  types.forEach((t, i) => {
    if (t === 'boolean' || t === 'array' || t === 'object')
      report(w, pointers[i] ?? '', 'type-mismatch', `"${op}" compares numbers or dates, not a ${t}.`);
  });
  const numeric = types.some((t) => t === 'number');
  const textual = types.findIndex((t) => t === 'string' || t === 'date');
  if (numeric && textual >= 0)
    report(w, pointers[textual] ?? '', 'type-mismatch', `"${op}" mixes a number with a ${types[textual]}.`);
}

function checkArgs(
  w: Walk,
  spec: OperatorSpec,
  args: readonly unknown[],
  inferred: readonly Inferred[],
  pointers: readonly string[],
): void {
  inferred.forEach((arg, i) => {
    const expected = argumentType(spec, i);
    if (!isAssignable(arg.type, expected))
      report(
        w,
        pointers[i] ?? '',
        'type-mismatch',
        `Argument ${i + 1} of "${spec.name}" must be ${expected === 'array' ? 'an' : 'a'} ${expected}, not ${arg.type === 'array' ? 'an' : 'a'} ${arg.type}.`,
      );
  });
  if (spec.comparison) checkComparison(w, spec.name, inferred, pointers);
  if (['===', '!==', '==', '!='].includes(spec.name)) checkEquality(w, spec.name, args, inferred, pointers);
  if (spec.name === 'in' && Array.isArray(args[1]))
    for (const [k, item] of args[1].entries())
      checkOptions(w, inferred[0]?.tree, item, appendPointer(pointers[1] ?? '', k));
}

function checkSpecial(
  w: Walk,
  spec: OperatorSpec,
  args: readonly unknown[],
  scope: FactTree,
  pointers: readonly string[],
): Inferred | undefined {
  switch (spec.name) {
    case 'var': {
      const inferred = checkVarPath(w, scope, args[0], pointers[0] ?? '');
      if (args.length > 1) infer(w, args[1], scope, pointers[1] ?? '', 1);
      return inferred;
    }
    case 'missing': {
      const paths = args.length === 1 && Array.isArray(args[0]) ? args[0] : args;
      const base = args.length === 1 && Array.isArray(args[0]) ? (pointers[0] ?? '') : undefined;
      paths.forEach((p, i) =>
        typeof p === 'string'
          ? checkVarPath(w, scope, p, base === undefined ? (pointers[i] ?? '') : appendPointer(base, i))
          : infer(w, p, scope, pointers[i] ?? '', 1),
      );
      return { type: 'array' };
    }
    case 'missing_some':
      if (Array.isArray(args[1]))
        args[1].forEach((p, i) => checkVarPath(w, scope, p, appendPointer(pointers[1] ?? '', i)));
      return { type: 'array' };
    case 'rule': {
      const id = args[0];
      if (typeof id !== 'string')
        return report(
          w,
          pointers[0] ?? '',
          'unknown-reference',
          'The rule operator takes a rule id as a literal string.',
        );
      const rule = w.env.rule(id);
      if (rule === undefined)
        return report(w, pointers[0] ?? '', 'unknown-reference', `No rule "${id}" in this site.`);
      w.rules.add(id);
      if (!subjectIncludes(w.env.subject, rule.subject))
        return report(
          w,
          pointers[0] ?? '',
          'type-mismatch',
          `Rule "${id}" reads ${rule.subject} facts; it cannot be used where ${w.env.subject} facts are evaluated.`,
        );
      return { type: rule.returns };
    }
    case 'in_lookup':
      if (typeof args[0] !== 'string' || !w.env.hasLookup(args[0]))
        report(
          w,
          pointers[0] ?? '',
          'unknown-reference',
          `No lookup ${JSON.stringify(args[0])} in this site.`,
        );
      args.slice(1).forEach((a, i) => infer(w, a, scope, pointers[i + 1] ?? '', 1));
      return { type: 'boolean' };
    default:
      return undefined;
  }
}

function inferScoped(
  w: Walk,
  spec: OperatorSpec,
  args: readonly unknown[],
  scope: FactTree,
  pointers: readonly string[],
  depth: number,
): Inferred[] {
  const array = infer(w, args[0], scope, pointers[0] ?? '', depth + 1);
  const items = array.tree?.items ?? { type: 'any' as const, open: true };
  const itemScope = spec.name === 'reduce' ? objectTree({ current: items, accumulator: leaf('any') }) : items;
  return args.map((arg, i) =>
    i === 0
      ? array
      : infer(w, arg, spec.scoped?.includes(i) ? itemScope : scope, pointers[i] ?? '', depth + 1),
  );
}

function suggestOperator(op: string): string {
  const close = OPERATORS.map((o) => o.name).filter(
    (name) =>
      name.toLowerCase().replace(/_/g, '') === op.toLowerCase().replace(/_/g, '') ||
      name.startsWith(op.slice(0, 4)),
  );
  return close.length > 0
    ? ` Did you mean ${close
        .slice(0, 3)
        .map((c) => `"${c}"`)
        .join(' or ')}?`
    : '';
}

function infer(w: Walk, node: unknown, scope: FactTree, pointer: string, depth: number): Inferred {
  w.nodes += 1;
  if (depth > EXPRESSION_LIMITS.maxDepth || w.nodes > EXPRESSION_LIMITS.maxNodes) {
    if (!w.issues.some((i) => i.code === 'expression-too-large'))
      report(
        w,
        pointer,
        'expression-too-large',
        `Expressions may nest at most ${EXPRESSION_LIMITS.maxDepth} levels and hold at most ${EXPRESSION_LIMITS.maxNodes} nodes.`,
      );
    return ANY;
  }
  if (Array.isArray(node)) {
    node.forEach((item, i) => infer(w, item, scope, appendPointer(pointer, i), depth + 1));
    return { type: 'array' };
  }
  if (node === null || typeof node !== 'object') return { type: literalType(node) };
  const keys = Object.keys(node);
  if (keys.length !== 1)
    return report(
      w,
      pointer,
      'bad-expression',
      `An expression object has exactly one key, the operator; this one has ${keys.length === 0 ? 'none' : keys.map((k) => `"${k}"`).join(', ')}.`,
    );
  const op = keys[0] as string;
  const spec = operatorSpec(op);
  if (spec === undefined)
    return report(
      w,
      appendPointer(pointer, op),
      'unknown-operator',
      `Unknown operator "${op}".${suggestOperator(op)}`,
    );
  const raw = (node as Record<string, unknown>)[op];
  const args = Array.isArray(raw) ? raw : [raw];
  const pointers = args.map((_, i) => argPointer(pointer, op, raw, i));
  if (args.length < spec.arity.min || (spec.arity.max !== undefined && args.length > spec.arity.max)) {
    const range =
      spec.arity.max === undefined
        ? `at least ${spec.arity.min}`
        : spec.arity.min === spec.arity.max
          ? `${spec.arity.min}`
          : `${spec.arity.min} to ${spec.arity.max}`;
    return report(
      w,
      appendPointer(pointer, op),
      'wrong-arity',
      `"${op}" takes ${range} argument${range === '1' ? '' : 's'}, not ${args.length}.`,
    );
  }
  const special = checkSpecial(w, spec, args, scope, pointers);
  if (special !== undefined) return special;
  const inferred = spec.scoped
    ? inferScoped(w, spec, args, scope, pointers, depth)
    : args.map((a, i) => infer(w, a, scope, pointers[i] ?? '', depth + 1));
  checkArgs(w, spec, args, inferred, pointers);
  return {
    type: resultType(
      spec,
      inferred.map((i) => i.type),
    ),
  };
}

/**
 * Checks one expression: operators exist, arities fit, every `var` path resolves against the
 * facts, types are compatible where they can be known, values compared with a choice field are
 * among its options, and the result can be used where `expected` is wanted. Pointers in the
 * issues are relative to the expression.
 */
export function checkExpression(
  expression: unknown,
  env: ExpressionEnv,
  expected: ValueType = 'any',
): { type: ValueType; issues: ExpressionIssue[]; rules: string[] } {
  const w: Walk = { env, issues: [], nodes: 0, rules: new Set() };
  const { type } = infer(w, expression, env.facts, '', 0);
  if (
    expected !== 'any' &&
    !isAssignable(type, expected) &&
    !(expected === 'boolean' && (type === 'array' || type === 'null'))
  ) {
    report(
      w,
      '',
      'type-mismatch',
      `This expression gives ${type === 'array' ? 'an' : 'a'} ${type} where ${expected === 'array' ? 'an' : 'a'} ${expected} is needed.`,
    );
  }
  return { type, issues: w.issues, rules: [...w.rules] };
}
