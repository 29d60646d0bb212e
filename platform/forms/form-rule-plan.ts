import type { FormRule } from '../definitions/definition-types.generated.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import { pointer } from '../kernel/json-pointer.js';
import type { CompiledRule, Evaluator } from '../rules/index.js';
import { fixedTokens, type Instance, type PathStep, parseFieldPath } from './field-path.js';
import type { FieldNode, FieldTree } from './field-tree.js';
import { varPaths } from './var-paths.js';

export type RuleEffect = FormRule['effect'];

/** A form rule prepared once per form version: its target resolved and its expression compiled. */
export type RulePlan = {
  readonly index: number;
  readonly rule: FormRule;
  readonly effect: RuleEffect;
  /** The target field's path steps (none for a form-level error or warning). */
  readonly steps: readonly PathStep[];
  /** The one instance of a target outside repeat groups (or of a form-level rule). */
  readonly fixed?: Instance;
  /** Raw path segments up to the innermost repeat group (`['steps[]']`): where item facts are bound. */
  readonly scopeSegments: readonly string[];
  /** Paths of the repeat groups the target lies in, outermost first (`['steps']`, `['a', 'a[].b']`). */
  readonly groups: readonly string[];
  readonly target?: FieldNode;
  /** The compiled `when`, `value` or `allow`. */
  readonly run: CompiledRule;
  /** Fact paths the expression reads (named rules included). */
  readonly reads: ReadonlySet<string>;
  /** The code of the messages this rule produces: `rule:<id>`, or `rule` without an id. */
  readonly code: string;
};

function expressionOf(rule: FormRule): unknown {
  if (rule.effect === 'calculate') return rule.value;
  if (rule.effect === 'filter_options') return rule.allow;
  return rule.when;
}

function scopeOf(field: string | undefined): { segments: string[]; groups: string[] } {
  const raw = field === undefined ? [] : field.split('.');
  const last = raw.findLastIndex((s) => s.endsWith('[]'));
  const segments = raw.slice(0, last + 1);
  const groups: string[] = [];
  segments.forEach((seg, i) => {
    if (seg.endsWith('[]')) groups.push([...segments.slice(0, i), seg.slice(0, -2)].join('.'));
  });
  return { segments, groups };
}

function compileSafely(evaluator: Evaluator, logic: unknown): CompiledRule {
  try {
    return evaluator.compile(logic);
  } catch (error) {
    // A rule the engine refuses fails at every evaluation, which reports it where it applies.
    return () => {
      throw error;
    };
  }
}

/**
 * Prepares a form's rules in order. Rules the engine cannot apply are left out: `show` on the
 * items themselves (`steps[]`: an item cannot be hidden, only a field of it).
 */
export function planRules(
  rules: readonly FormRule[],
  tree: FieldTree,
  bundle: SiteBundle,
  evaluator: Evaluator,
): RulePlan[] {
  const plans: RulePlan[] = [];
  rules.forEach((rule, index) => {
    if (rule.effect === 'show' && rule.field?.endsWith('[]')) return;
    const steps = parseFieldPath(rule.field ?? '');
    const tokens = fixedTokens(steps);
    const scope = scopeOf(rule.field);
    const target = rule.field === undefined ? undefined : tree.byPath.get(rule.field);
    const logic = expressionOf(rule);
    plans.push({
      index,
      rule,
      effect: rule.effect,
      steps,
      ...(tokens ? { fixed: { tokens, pointer: pointer(...tokens), items: [] } } : {}),
      scopeSegments: scope.segments,
      groups: scope.groups,
      ...(target ? { target } : {}),
      run: compileSafely(evaluator, logic),
      reads: varPaths(logic, bundle.rules),
      code: rule.id === undefined ? 'rule' : `rule:${rule.id}`,
    });
  });
  return plans;
}
