import { applyRules, type RuleState } from './apply-rules.js';
import { settingsFacts } from './bundle-evaluator.js';
import { type CompiledForm, compiledForm } from './compiled-form.js';
import { effectiveSchema } from './effective-schema.js';
import type { EffectiveForm, FormInput } from './form-types.js';
import { readonlyPointers, requiredPointers } from './state-pointers.js';
import { validateState } from './validate-state.js';

/** Applies a form's rules to the input's data (shared by the browser and the server paths). */
export function settle(input: FormInput, data: unknown): { cf: CompiledForm; state: RuleState } {
  const cf = compiledForm(input.bundle, input.formId);
  const state = applyRules(cf.plans, data, settingsFacts(input.bundle, input.settings), input.today);
  return { cf, state };
}

/**
 * The form as it stands for the current data, for react-jsonschema-form: call it on every change
 * and render `schema`, `uiSchema` and `data` (controlled). The rules run in order (hidden fields
 * and their data dropped, calculated values filled, options filtered, requirements toggled), and
 * `errors`/`warnings` are exactly those `validateSubmission` would return for the same input.
 * Missing data (`undefined`) is an empty form.
 * @throws PlatformError `not_found` when the bundle has no form `formId`.
 */
export function effectiveForm(input: FormInput): EffectiveForm {
  const data = input.data === undefined ? {} : input.data;
  const { cf, state } = settle(input, data);
  const render = cf.render(input.locale);
  const { errors, warnings } = validateState(cf, state, data, render.text, 'submit');
  return {
    schema: effectiveSchema(cf, state, render),
    uiSchema: render.uiSchema,
    data: state.work.data,
    errors,
    warnings,
    hidden: [...state.hidden],
    required: requiredPointers(cf, state),
    readonly: readonlyPointers(cf, state),
  };
}
