import type { FormDefinition } from '../../definitions/definition-types.generated.js';
import { type FieldError, validateSubmission } from '../../forms/index.js';
import type { JsonObject, JsonValue } from '../../kernel/json.js';
import { isJsonObject } from '../../kernel/json.js';
import { getAtPointer } from '../../kernel/json-pointer.js';
import { deleteAtPointer, fieldAtPointer, setAtPointer } from './data-pointers.js';
import { dateNear, type FillContext, fieldValue, objectValue } from './field-value.js';
import { optionValues } from './option-values.js';

/** Form data after the fix-up loop: valid (`ok`), or the last attempt and its errors. */
export type FilledForm =
  | { readonly ok: true; readonly data: JsonObject }
  | { readonly ok: false; readonly data: JsonObject; readonly errors: readonly FieldError[] };

/** Passes of the fix-up loop; forms settle in two or three. */
const MAX_PASSES = 12;

/** A complete, valid submission of a form generated from its definition alone. */
export function fillForm(formId: string, ctx: FillContext): FilledForm {
  return settleFormData(formId, objectValue(formOf(ctx, formId).fields, ctx), ctx);
}

/**
 * Makes `initial` a valid submission: validates it with the forms engine (the server's own check)
 * and repairs what it reports — fills newly required fields, drops hidden and unknown ones, draws
 * another value for a wrong or disallowed one, redraws the fields an error rule reads — until it
 * passes. The result's `data` is what the engine would store (calculated fields filled in).
 */
export function settleFormData(formId: string, initial: JsonObject, ctx: FillContext): FilledForm {
  const form = formOf(ctx, formId);
  let data = structuredClone(initial);
  let errors: readonly FieldError[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = validateSubmission({
      bundle: ctx.bundle,
      formId,
      data,
      locale: ctx.locale,
      today: ctx.today,
    });
    if (result.ok) return { ok: true, data: result.data };
    errors = result.errors;
    // Repair on the settled data: hidden fields are already gone, calculations are done.
    data = structuredClone(result.data);
    for (const error of uniqueByPointer(result.errors)) repair(form, data, error, ctx);
  }
  return { ok: false, data, errors };
}

function repair(form: FormDefinition, data: JsonObject, error: FieldError, ctx: FillContext): void {
  if (error.code.startsWith('rule') && error.pointer === '') {
    redrawRuleInputs(form, data, error, ctx);
    return;
  }
  const value = error.code === 'unknown_field' ? undefined : replacement(form, data, error, ctx);
  if (value === undefined) deleteAtPointer(data, error.pointer);
  else setAtPointer(data, error.pointer, value);
}

/** Another value for the field an error points at; `undefined` drops the field. */
function replacement(form: FormDefinition, data: JsonObject, error: FieldError, ctx: FillContext) {
  const field = fieldAtPointer(form.fields, error.pointer);
  if (field === undefined) return undefined;
  const current = getAtPointer(data, error.pointer);
  if (error.code === 'option_not_allowed' || error.code === 'option') {
    const parent = fieldAtPointer(form.fields, error.pointer.replace(/\/\d+$/, ''));
    const options = field.options ?? (parent?.type === 'array' ? parent.options : undefined);
    const others = optionValues(ctx.bundle, options).filter((v) => v !== current);
    if (others.length > 0) return ctx.random.pick(others);
  }
  const name =
    error.pointer
      .split('/')
      .filter((t) => !/^\d+$/.test(t))
      .at(-1) ?? '';
  // A date rule (not in the future, after the start…) failed: try the other side of today.
  if (field.format === 'date' && typeof current === 'string' && error.code.startsWith('rule'))
    return dateNear(name, ctx.today, ctx.random, current <= ctx.today);
  return fieldValue(field.readOnly ? { ...field, readOnly: false } : field, name, ctx);
}

/** A form-level error rule: draw again one of the top-level fields its condition reads. */
function redrawRuleInputs(form: FormDefinition, data: JsonObject, error: FieldError, ctx: FillContext): void {
  const id = error.code.startsWith('rule:') ? error.code.slice(5) : undefined;
  const rules = (form.rules ?? []).filter((r) => r.effect === 'error' && (id === undefined || r.id === id));
  const names = rules.flatMap((r) => varNames(r.when)).filter((n) => form.fields.properties[n] !== undefined);
  if (names.length === 0) return;
  const name = ctx.random.pick(names);
  const field = form.fields.properties[name];
  const value = field === undefined ? undefined : fieldValue(field, name, ctx);
  if (value === undefined) delete data[name];
  else data[name] = value;
}

/** The top-level field names a condition reads (`{"var": "steps.0.x"}` reads `steps`). */
export function varNames(logic: JsonValue | undefined): string[] {
  if (Array.isArray(logic)) return logic.flatMap(varNames);
  if (!isJsonObject(logic)) return [];
  const names = Object.entries(logic).flatMap(([op, args]) => {
    if (op !== 'var') return varNames(args);
    const path = Array.isArray(args) ? args[0] : args;
    return typeof path === 'string' && path !== '' ? [path.split(/[.[]/)[0] ?? ''] : [];
  });
  return [...new Set(names)].filter((n) => n !== '' && n !== 'today' && n !== 'settings');
}

function uniqueByPointer(errors: readonly FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    // Fixing a parent replaces its children; skip errors inside a field already being redrawn.
    const key = e.pointer;
    if ([...seen].some((p) => p !== '' && key.startsWith(`${p}/`)) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function formOf(ctx: FillContext, formId: string): FormDefinition {
  const form = ctx.bundle.forms[formId];
  if (form === undefined) throw new Error(`No form "${formId}" in site ${ctx.bundle.siteId}.`);
  return form;
}
