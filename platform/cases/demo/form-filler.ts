import type { Field, FormDefinition } from '../../definitions/definition-types.generated.js';
import { type FieldError, validateSubmission } from '../../forms/index.js';
import { addDays } from '../../kernel/dates.js';
import type { JsonObject, JsonValue } from '../../kernel/json.js';
import { isJsonObject } from '../../kernel/json.js';
import { getAtPointer } from '../../kernel/json-pointer.js';
import { deleteAtPointer, fieldAtPointer, setAtPointer } from './data-pointers.js';
import { type FillContext, fieldValue, objectValue } from './field-value.js';
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
  const field = error.code === 'unknown_field' ? undefined : fieldAtPointer(form.fields, error.pointer);
  if (field === undefined) {
    deleteAtPointer(data, error.pointer);
    return;
  }
  const picky = error.code === 'option_not_allowed' || error.code.startsWith('rule');
  const candidates = picky ? alternatives(form, field, data, error, ctx) : [];
  for (const value of candidates) {
    // A filtered option or a rule across fields: keep the first value that clears this field.
    setAtPointer(data, error.pointer, value);
    if (!stillFails(form.id, data, error, ctx)) return;
  }
  const name = fieldName(error.pointer);
  const value = fieldValue(field.readOnly ? { ...field, readOnly: false } : field, name, ctx);
  if (value === undefined) deleteAtPointer(data, error.pointer);
  else setAtPointer(data, error.pointer, value);
}

/** Other values worth trying for a field: its other options, or dates from a year back to months ahead. */
function alternatives(
  form: FormDefinition,
  field: Field,
  data: JsonObject,
  error: FieldError,
  ctx: FillContext,
) {
  const current = getAtPointer(data, error.pointer);
  const parent = fieldAtPointer(form.fields, error.pointer.replace(/\/\d+$/, ''));
  const options = optionValues(
    ctx.bundle,
    field.options ?? (parent?.type === 'array' ? parent.options : undefined),
  );
  if (options.length > 0) return ctx.random.shuffle(options.filter((v) => v !== current));
  if (field.format !== 'date') return [];
  return [-365, -180, -90, -30, -7, -1, 0, 7, 30, 90, 180].map((d) => addDays(ctx.today, d) ?? ctx.today);
}

function stillFails(formId: string, data: JsonObject, error: FieldError, ctx: FillContext): boolean {
  const result = validateSubmission({
    bundle: ctx.bundle,
    formId,
    data,
    locale: ctx.locale,
    today: ctx.today,
  });
  return result.errors.some((e) => e.pointer === error.pointer);
}

function fieldName(pointer: string): string {
  return (
    pointer
      .split('/')
      .filter((t) => !/^\d+$/.test(t))
      .at(-1) ?? ''
  );
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
