import type { FieldTree } from './field-tree.js';
import type { RulePlan } from './form-rule-plan.js';
import type { GroupPlan } from './group-plans.js';

/** The field paths enclosing `path`, innermost first: `steps[].x` → `steps[]`, `steps`, `''`. */
export function enclosingPaths(path: string): string[] {
  const out: string[] = [];
  let p = path;
  while (p !== '') {
    if (p.endsWith('[]')) p = p.slice(0, -2);
    else {
      const dot = p.lastIndexOf('.');
      p = dot < 0 ? '' : p.slice(0, dot);
    }
    out.push(p);
  }
  return out;
}

/**
 * Field paths whose effective schema may differ from the cached rule-free one: fields that
 * `readonly` and `filter_options` rules act on or that hold deprecated options, objects whose
 * fields `show` and `require` rules act on, repeat groups with per-item rules, and everything
 * enclosing them. Every other subtree of the effective schema is the cached object itself.
 */
export function dynamicPaths(
  tree: FieldTree,
  plans: readonly RulePlan[],
  groups: ReadonlyMap<string, GroupPlan>,
): Set<string> {
  const dynamic = new Set<string>(['']);
  const mark = (path: string) => {
    dynamic.add(path);
    for (const p of enclosingPaths(path)) dynamic.add(p);
  };
  for (const plan of plans) {
    const field = plan.rule.field;
    if (field === undefined) continue;
    if (plan.effect === 'readonly' || plan.effect === 'filter_options') mark(field);
    if (plan.effect === 'show' || plan.effect === 'require') mark(enclosingPaths(field)[0] ?? '');
  }
  for (const node of tree.byPath.values()) if (node.options?.some((o) => o.deprecated)) mark(node.path);
  for (const group of groups.keys()) mark(group);
  return dynamic;
}
