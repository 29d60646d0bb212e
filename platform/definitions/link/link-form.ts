import { appendPointer, pointer } from '../../kernel/json-pointer.js';
import type { Field, FormDefinition } from '../definition-types.generated.js';
import type { ValueType } from '../expressions/value-type.js';
import { resolvePath } from '../facts/fact-tree.js';
import type { DefinitionReporter } from './definition-reporter.js';
import type { ExpressionEnvs } from './expression-envs.js';
import { checkOptionsRef, inlineValues } from './link-options.js';

const JSON_TYPE: Record<string, string> = {
  string: 'string',
  number: 'number',
  integer: 'number',
  boolean: 'boolean',
};

function checkField(field: Field, ptr: string, r: DefinitionReporter): void {
  checkOptionsRef(field.options, appendPointer(ptr, 'options'), r);
  const scalarType = field.type === 'array' ? field.items?.type : field.type;
  for (const [i, value] of (inlineValues(field.options) ?? []).entries()) {
    const wanted = scalarType === undefined ? undefined : JSON_TYPE[scalarType];
    if (wanted !== undefined && typeof value !== wanted)
      r.report(
        appendPointer(ptr, 'options', i, 'value'),
        'type-mismatch',
        `Option values of a ${scalarType} field must be ${wanted}s.`,
      );
  }
  if (field.options !== undefined && field.type === 'array' && field.items?.options !== undefined)
    r.report(
      appendPointer(ptr, 'options'),
      'invalid-value',
      'Give the options of a multi-select either on the array or on its items, not both.',
    );
  if (field.pattern !== undefined) {
    try {
      new RegExp(field.pattern, 'u');
    } catch {
      r.report(
        appendPointer(ptr, 'pattern'),
        'invalid-value',
        `"${field.pattern}" is not a valid regular expression.`,
      );
    }
  }
  if (field.minimum !== undefined && field.maximum !== undefined && field.minimum > field.maximum)
    r.report(appendPointer(ptr, 'minimum'), 'invalid-value', 'minimum is larger than maximum.');
  if (field.minLength !== undefined && field.maxLength !== undefined && field.minLength > field.maxLength)
    r.report(appendPointer(ptr, 'minLength'), 'invalid-value', 'minLength is larger than maxLength.');
  for (const [i, name] of (field.required ?? []).entries()) {
    if (field.properties?.[name] === undefined)
      r.report(
        appendPointer(ptr, 'required', i),
        'bad-var-path',
        `"${name}" is required but not a field here.`,
      );
  }
  for (const [name, child] of Object.entries(field.properties ?? {}))
    checkField(child, appendPointer(ptr, 'properties', name), r);
  if (field.items !== undefined) checkField(field.items, appendPointer(ptr, 'items'), r);
}

function checkLayout(form: FormDefinition, envs: ExpressionEnvs, r: DefinitionReporter): void {
  const layout = form.layout;
  if (layout === undefined) return;
  const top = Object.keys(form.fields.properties);
  r.unique('/layout/sections', 'section', layout.sections ?? [], (s) => (s as { id: string }).id);
  const placed = new Set<string>();
  layout.sections?.forEach((section, i) =>
    section.fields.forEach((name, j) => {
      const ptr = pointer('layout', 'sections', i, 'fields', j);
      if (!top.includes(name))
        r.report(ptr, 'bad-var-path', `"${name}" is not a top-level field of this form.`);
      else if (placed.has(name))
        r.report(ptr, 'duplicate-id', `"${name}" is already placed in another section.`);
      placed.add(name);
    }),
  );
  const facts = envs.form(form.id).facts;
  for (const key of ['widgets', 'placeholders'] as const) {
    for (const path of Object.keys(layout[key] ?? {})) {
      const resolved = resolvePath(facts, path);
      if (!resolved.ok) r.report(pointer('layout', key, path), 'bad-var-path', resolved.message);
    }
  }
}

const EXPECTED: Record<string, ValueType> = {
  show: 'boolean',
  require: 'boolean',
  readonly: 'boolean',
  error: 'boolean',
  warning: 'boolean',
};

function checkRules(form: FormDefinition, envs: ExpressionEnvs, r: DefinitionReporter): void {
  const env = envs.form(form.id);
  r.unique(
    '/rules',
    'form rule',
    (form.rules ?? []).filter((x) => x.id !== undefined),
    (x) => (x as { id: string }).id,
  );
  form.rules?.forEach((rule, i) => {
    const at = (...tokens: (string | number)[]) => pointer('rules', i, ...tokens);
    let target: ReturnType<typeof resolvePath> | undefined;
    if (rule.field !== undefined) {
      target = resolvePath(env.facts, rule.field);
      if (!target.ok) r.report(at('field'), 'bad-var-path', target.message);
    } else if (rule.effect !== 'error' && rule.effect !== 'warning')
      r.report(at(), 'invalid-value', `A "${rule.effect}" rule needs a "field".`);
    const needs = (key: 'when' | 'value' | 'allow' | 'message') => {
      if (rule[key] === undefined) r.report(at(), 'invalid-value', `A "${rule.effect}" rule needs "${key}".`);
    };
    if (rule.effect in EXPECTED) needs('when');
    if (rule.effect === 'error' || rule.effect === 'warning') needs('message');
    if (rule.effect === 'calculate') needs('value');
    if (rule.effect === 'filter_options') {
      needs('allow');
      if (target?.ok && target.tree.options === undefined && target.tree.items?.options === undefined)
        r.report(at('field'), 'invalid-value', `"${rule.field}" has no options to filter.`);
    }
    if (rule.when !== undefined) r.expression(at('when'), rule.when, env, 'boolean');
    if (rule.value !== undefined)
      r.expression(at('value'), rule.value, env, target?.ok ? target.tree.type : 'any');
    if (rule.allow !== undefined) r.expression(at('allow'), rule.allow, env, 'array');
  });
}

/** Checks a form: fields and option sets, layout paths, and every form rule's target and expressions. */
export function linkForm(form: FormDefinition, envs: ExpressionEnvs, r: DefinitionReporter): void {
  checkField({ ...form.fields, type: 'object' } as Field, '/fields', r);
  checkLayout(form, envs, r);
  checkRules(form, envs, r);
}
