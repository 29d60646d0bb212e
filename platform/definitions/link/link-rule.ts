import { appendPointer, pointer } from '../../kernel/json-pointer.js';
import type { RuleDefinition } from '../definition-types.generated.js';
import type { ValueType } from '../expressions/value-type.js';
import { type FactTree, resolvePath } from '../facts/fact-tree.js';
import type { DefinitionReporter } from './definition-reporter.js';
import { type ExpressionEnvs, ruleSubject } from './expression-envs.js';

/** Literal values an expression can return through `if` branches (for checking routing outcomes). */
function resultLiterals(logic: unknown, ptr: string, out: { value: unknown; ptr: string }[]): void {
  if (logic === null || typeof logic !== 'object') {
    out.push({ value: logic, ptr });
    return;
  }
  if (Array.isArray(logic)) return;
  const [op] = Object.keys(logic);
  if (op !== 'if' && op !== '?:') return;
  const args = (logic as Record<string, unknown>)[op];
  if (!Array.isArray(args)) return;
  args.forEach((arg, i) => {
    if (i % 2 === 1 || i === args.length - 1) resultLiterals(arg, appendPointer(ptr, op, i), out);
  });
}

/** Test facts must use paths the rule's subject has, or a typo would make a test pass by accident. */
function checkTestFacts(
  facts: unknown,
  tree: FactTree,
  ptr: string,
  path: string,
  r: DefinitionReporter,
): void {
  if (facts === null || typeof facts !== 'object' || tree.open === true || tree.type === 'any') return;
  if (Array.isArray(facts)) {
    if (tree.items)
      facts.forEach((item, i) =>
        checkTestFacts(item, tree.items as FactTree, appendPointer(ptr, i), path, r),
      );
    return;
  }
  if (tree.type !== 'object') return;
  for (const [key, value] of Object.entries(facts)) {
    const resolved = resolvePath(tree, key);
    const here = path === '' ? key : `${path}.${key}`;
    if (!resolved.ok)
      r.report(
        appendPointer(ptr, key),
        'bad-var-path',
        `Test facts: "${here}" is not a fact of this rule's subject. ${resolved.message}`,
      );
    else checkTestFacts(value, resolved.tree, appendPointer(ptr, key), here, r);
  }
}

const JSON_TYPE_OF: Record<string, string> = {
  boolean: 'boolean',
  number: 'number',
  string: 'string',
  date: 'string',
};

/** Checks a rule; returns the rules its logic calls (for cycle detection). */
export function linkRule(rule: RuleDefinition, envs: ExpressionEnvs, r: DefinitionReporter): string[] {
  if (typeof rule.subject === 'object' && !r.ref('/subject/form', 'form', rule.subject.form)) return [];
  const env = envs.forSubject(ruleSubject(rule));
  const calls = r.expression('/logic', rule.logic, env, rule.returns as ValueType);
  if (rule.outcomes !== undefined) {
    r.unique('/outcomes', 'outcome', rule.outcomes, (o) => (o as { value: unknown }).value);
    const values = rule.outcomes.map((o) => o.value);
    const literals: { value: unknown; ptr: string }[] = [];
    resultLiterals(rule.logic, '/logic', literals);
    for (const { value, ptr } of literals) {
      if (value !== null && !values.includes(value as string))
        r.report(ptr, 'unknown-option-value', `${JSON.stringify(value)} is not one of the rule's outcomes.`);
    }
  }
  r.unique('/tests', 'test', rule.tests ?? [], (t) => (t as { name: string }).name);
  rule.tests?.forEach((test, i) => {
    checkTestFacts(test.facts, env.facts, pointer('tests', i, 'facts'), '', r);
    const wanted = JSON_TYPE_OF[rule.returns];
    if (wanted !== undefined && test.expect !== null && typeof test.expect !== wanted)
      r.report(
        pointer('tests', i, 'expect'),
        'type-mismatch',
        `The rule returns a ${rule.returns}; this test expects ${JSON.stringify(test.expect)}.`,
      );
    if (
      rule.outcomes !== undefined &&
      typeof test.expect === 'string' &&
      !rule.outcomes.some((o) => o.value === test.expect)
    )
      r.report(
        pointer('tests', i, 'expect'),
        'unknown-option-value',
        `${JSON.stringify(test.expect)} is not one of the rule's outcomes.`,
      );
  });
  return calls;
}

/** Reports rules that call each other in a cycle. */
export function checkRuleCycles(
  calls: ReadonlyMap<string, readonly string[]>,
  reporterFor: (ruleId: string) => DefinitionReporter,
): void {
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, stack: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      const cycle = [...stack.slice(stack.indexOf(id)), id];
      reporterFor(id).report(
        '/logic',
        'rule-cycle',
        `Rules call each other in a cycle: ${cycle.join(' → ')}.`,
      );
      return;
    }
    state.set(id, 'visiting');
    for (const next of calls.get(id) ?? []) visit(next, [...stack, id]);
    state.set(id, 'done');
  };
  for (const id of calls.keys()) visit(id, []);
}
