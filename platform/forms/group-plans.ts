import type { RulePlan } from './form-rule-plan.js';

/**
 * How the items of one repeat group differ: the item fields whose schema depends on per-item
 * rules (`variantKeys`), and the item fields those rules read (`signatureKeys`; `whole` when a rule
 * reads the whole item). Items that agree on the signature fields get the same rule outcomes.
 */
export type GroupPlan = {
  readonly path: string;
  readonly variantKeys: ReadonlySet<string>;
  readonly signatureKeys: ReadonlySet<string> | 'whole';
  /** Whether an `error` rule applies to the items (an item-level `not` in the schema). */
  readonly itemErrors: boolean;
};

type Draft = {
  variantKeys: Set<string>;
  signature: Set<string>;
  whole: boolean;
  itemErrors: boolean;
  /** Some rule makes items differ (not only calculations and warnings). */
  differs: boolean;
};

/** Effects that change a field's own schema (not only its parent's `required`). */
const SHAPING = new Set(['show', 'readonly', 'filter_options']);

function firstSegment(path: string, group: string): string | undefined {
  const prefix = `${group}[].`;
  if (!path.startsWith(prefix)) return undefined;
  const segment = path.slice(prefix.length).split('.')[0] as string;
  return segment.endsWith('[]') ? segment.slice(0, -2) : segment;
}

function note(draft: Draft, plan: RulePlan, group: string, innermost: boolean): void {
  const field = plan.rule.field ?? '';
  const first = firstSegment(field, group);
  const varies = innermost
    ? SHAPING.has(plan.effect)
    : plan.effect !== 'calculate' && plan.effect !== 'warning';
  if (first !== undefined && varies) {
    draft.variantKeys.add(first);
    // A nested group's items differ by their own data: the whole nested array decides.
    if (!innermost) draft.signature.add(first);
  }
  if (innermost && plan.effect === 'error') draft.itemErrors = true;
  if (plan.effect !== 'calculate' && plan.effect !== 'warning') draft.differs = true;
  for (const read of plan.reads) {
    if (read === `${group}[]`) draft.whole = true;
    const key = firstSegment(read, group);
    if (key !== undefined) draft.signature.add(key);
  }
}

/** The repeat groups whose items per-item rules make differ, by group path. */
export function groupPlans(plans: readonly RulePlan[]): Map<string, GroupPlan> {
  const drafts = new Map<string, Draft>();
  for (const plan of plans) {
    plan.groups.forEach((group, i) => {
      let draft = drafts.get(group);
      if (draft === undefined) {
        draft = {
          variantKeys: new Set(),
          signature: new Set(),
          whole: false,
          itemErrors: false,
          differs: false,
        };
        drafts.set(group, draft);
      }
      note(draft, plan, group, i === plan.groups.length - 1);
    });
  }
  const result = new Map<string, GroupPlan>();
  for (const [path, d] of drafts)
    if (d.differs)
      result.set(path, {
        path,
        variantKeys: d.variantKeys,
        signatureKeys: d.whole ? 'whole' : d.signature,
        itemErrors: d.itemErrors,
      });
  return result;
}
