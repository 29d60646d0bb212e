import type { FormDefinition } from '../definitions/definition-types.generated.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import { PlatformError } from '../kernel/errors.js';
import type { Evaluator } from '../rules/index.js';
import { type CompiledValidator, compileValidator } from './ajv-validator.js';
import { bundleEvaluator } from './bundle-evaluator.js';
import { dynamicPaths } from './dynamic-paths.js';
import { type PathStep, parseFieldPath } from './field-path.js';
import { childPath, type FieldTree, fieldsInOrder, fieldTree } from './field-tree.js';
import { planRules, type RulePlan } from './form-rule-plan.js';
import { type GroupPlan, groupPlans } from './group-plans.js';
import { type RenderCache, renderCache } from './render-cache.js';
import { type ValidationSchema, validationSchema } from './validation-schema.js';

/** A form prepared for repeated use: fields indexed, rules compiled, validator compiled on first use. */
export type CompiledForm = {
  readonly bundle: SiteBundle;
  readonly form: FormDefinition;
  readonly tree: FieldTree;
  readonly plans: readonly RulePlan[];
  /** Field paths filled by `calculate` rules. */
  readonly calculated: ReadonlySet<string>;
  /** Repeat groups whose items per-item rules make differ. */
  readonly groups: ReadonlyMap<string, GroupPlan>;
  /** Field paths whose effective schema can differ from the rule-free one. */
  readonly dynamic: ReadonlySet<string>;
  /** Fields that are always required, and fields always read-only (`readOnly` or calculated). */
  readonly alwaysRequired: readonly (readonly PathStep[])[];
  readonly alwaysReadonly: readonly (readonly PathStep[])[];
  validation(): { readonly validate: CompiledValidator } & ValidationSchema;
  render(locale: string): RenderCache;
};

/** Prepared forms kept at once; a deployment serves a few published versions of a few dozen forms. */
const CAPACITY = 128;
const cache = new Map<string, CompiledForm>();
const evaluators = new Map<string, Evaluator>();
let prepared = 0;

function prepare(bundle: SiteBundle, form: FormDefinition): CompiledForm {
  prepared += 1;
  let evaluator = evaluators.get(bundle.hash);
  if (evaluator === undefined) {
    evaluator = bundleEvaluator(bundle);
    evaluators.set(bundle.hash, evaluator);
    if (evaluators.size > CAPACITY) evaluators.delete(evaluators.keys().next().value as string);
  }
  const tree = fieldTree(form, bundle);
  const plans = planRules(form.rules ?? [], tree, bundle, evaluator);
  const calculated = new Set(plans.filter((p) => p.effect === 'calculate').map((p) => p.rule.field ?? ''));
  const groups = groupPlans(plans);
  let validation: ({ validate: CompiledValidator } & ValidationSchema) | undefined;
  const renders = new Map<string, RenderCache>();
  return {
    bundle,
    form,
    tree,
    plans,
    calculated,
    groups,
    dynamic: dynamicPaths(tree, plans, groups),
    alwaysRequired: fieldsInOrder(tree.root).flatMap((node) =>
      (node.field.required ?? []).map((name) => parseFieldPath(childPath(node.path, name))),
    ),
    alwaysReadonly: fieldsInOrder(tree.root)
      .filter((node) => node.field.readOnly === true || calculated.has(node.path))
      .map((node) => parseFieldPath(node.path)),
    validation: () => {
      if (validation === undefined) {
        const built = validationSchema(tree.root);
        validation = { ...built, validate: compileValidator(built.schema) };
      }
      return validation;
    },
    render: (locale) => {
      let render = renders.get(locale);
      if (render === undefined) {
        render = renderCache(bundle, form, tree, calculated, locale);
        renders.set(locale, render);
      }
      return render;
    },
  };
}

/**
 * The prepared form `formId` of a bundle, cached by bundle hash and form id: rules are compiled
 * and the validator is compiled once per published version, whichever bundle object carries it.
 * @throws PlatformError `not_found` when the bundle has no such form.
 */
export function compiledForm(bundle: SiteBundle, formId: string): CompiledForm {
  const key = `${bundle.hash}\u0000${formId}`;
  const hit = cache.get(key);
  if (hit !== undefined) {
    // Re-inserting keeps the map in least-recently-used order for eviction.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const form = Object.hasOwn(bundle.forms, formId) ? bundle.forms[formId] : undefined;
  if (form === undefined) throw new PlatformError('not_found', `The site has no form "${formId}".`);
  const compiled = prepare(bundle, form);
  cache.set(key, compiled);
  if (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string);
  return compiled;
}

/** Counters of the form caches, for tests and diagnostics. */
export function formEngineStats(): { preparedForms: number; cachedForms: number } {
  return { preparedForms: prepared, cachedForms: cache.size };
}
