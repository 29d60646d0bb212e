import { isJsonObject } from '../kernel/json.js';
import { appendPointer, getAtPointer } from '../kernel/json-pointer.js';
import { ajvFieldError } from './ajv-field-error.js';
import type { RuleState } from './apply-rules.js';
import type { CompiledForm } from './compiled-form.js';
import { withinAny } from './field-path.js';
import { formMessage, type MessageKey } from './form-messages.js';
import type { FormText } from './form-text.js';
import type { FieldError } from './form-types.js';
import { jsonEqual } from './json-equal.js';

/** `submit`: everything is checked. `draft`: completeness is not (required fields, fewest items). */
export type ValidationMode = 'submit' | 'draft';

/** In a draft only these block saving: data of the wrong shape or size. Other problems are warnings. */
const DRAFT_BLOCKING = new Set(['type', 'unknown_field', 'maxLength', 'maxItems']);

type Collector = { readonly list: FieldError[]; readonly keys: Set<string>; readonly pointers: Set<string> };

function collector(): Collector {
  return { list: [], keys: new Set(), pointers: new Set() };
}

function add(c: Collector, error: FieldError): void {
  const key = `${error.pointer}\u0000${error.code}`;
  if (c.keys.has(key)) return;
  c.keys.add(key);
  c.pointers.add(error.pointer);
  c.list.push(error);
}

function schemaErrors(
  cf: CompiledForm,
  state: RuleState,
  text: FormText,
  mode: ValidationMode,
  c: Collector,
) {
  const { validate, patterns } = cf.validation();
  const ctx = { locale: text.locale, fallbacks: text.fallbacks, patterns, text: text.text };
  for (const raw of validate(state.work.data)) {
    if (mode === 'draft' && (raw.keyword === 'required' || raw.keyword === 'minItems')) continue;
    const error = ajvFieldError(raw, ctx);
    // An always-required field that a rule hides is not required.
    if (!withinAny(error.pointer, state.hidden)) add(c, error);
  }
}

function ruleChecks(state: RuleState, text: FormText, mode: ValidationMode, c: Collector) {
  const message = (key: MessageKey) => formMessage(key, text.locale, {}, text.fallbacks);
  const data = state.work.data;
  if (mode === 'submit')
    for (const ptr of state.required)
      if (getAtPointer(data, ptr) === undefined)
        add(c, { pointer: ptr, code: 'required', message: message('required') });
  for (const [ptr, allowed] of state.allowed) {
    const value = getAtPointer(data, ptr);
    const isAllowed = (v: unknown) => allowed.values.some((a) => jsonEqual(a, v));
    const places: [string, unknown][] =
      allowed.multi && Array.isArray(value)
        ? value.map((v, i) => [appendPointer(ptr, i), v])
        : [[ptr, value]];
    // A value the schema already refuses (not an option at all, wrong type) gets that one message.
    for (const [at, v] of places)
      if (v !== undefined && !isAllowed(v) && !c.pointers.has(at))
        add(c, { pointer: at, code: 'option_not_allowed', message: message('option_not_allowed') });
  }
}

function ruleMessages(state: RuleState, text: FormText, errors: Collector, warnings: Collector) {
  for (const m of state.messages) {
    if (m.kind === 'failed') {
      const msg = formMessage('rule_failed', text.locale, {}, text.fallbacks);
      add(errors, { pointer: m.pointer, code: 'rule_failed', message: msg });
      continue;
    }
    const error = {
      pointer: m.pointer,
      code: m.plan.code,
      message: text.text(m.plan.rule.message) ?? m.plan.code,
    };
    add(m.kind === 'error' ? errors : warnings, error);
  }
  if (state.unstable)
    add(warnings, {
      pointer: '',
      code: 'rules_unstable',
      message: formMessage('rules_unstable', text.locale, {}, text.fallbacks),
    });
}

/**
 * Checks the data the rules settled on: the compiled rule-free schema (types, formats, options,
 * lengths, ranges, patterns, items, always-required and unknown fields), then what the rules add
 * (conditional requirements, option filters, error and warning rules). Errors under hidden fields
 * are dropped. In a draft, requirements are skipped and only wrongly shaped data blocks.
 */
export function validateState(
  cf: CompiledForm,
  state: RuleState,
  input: unknown,
  text: FormText,
  mode: ValidationMode,
): { errors: FieldError[]; warnings: FieldError[] } {
  const errors = collector();
  const warnings = collector();
  if (!isJsonObject(input))
    add(errors, {
      pointer: '',
      code: 'type',
      message: formMessage('type.object', text.locale, {}, text.fallbacks),
    });
  schemaErrors(cf, state, text, mode, errors);
  ruleChecks(state, text, mode, errors);
  ruleMessages(state, text, errors, warnings);
  if (mode === 'submit') return { errors: errors.list, warnings: warnings.list };
  const blocking = errors.list.filter((e) => DRAFT_BLOCKING.has(e.code));
  const rest = errors.list.filter((e) => !DRAFT_BLOCKING.has(e.code));
  return { errors: blocking, warnings: [...rest, ...warnings.list] };
}
