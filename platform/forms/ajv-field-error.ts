import type { ErrorObject } from 'ajv/dist/2020.js';
import { appendPointer } from '../kernel/json-pointer.js';
import type { LocalizedText } from '../kernel/localized-text.js';
import { formMessage, isMessageKey, type MessageKey } from './form-messages.js';
import type { FieldError } from './form-types.js';
import type { PatternMeaning } from './validation-schema.js';

export type AjvErrorContext = {
  readonly locale: string;
  readonly fallbacks: readonly string[];
  readonly patterns: ReadonlyMap<string, PatternMeaning>;
  readonly text: (value: LocalizedText | undefined) => string | undefined;
};

const LIMITED = new Set(['minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems']);

function located(e: ErrorObject): { pointer: string; code: string } {
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { pointer: appendPointer(e.instancePath, String(params.missingProperty)), code: 'required' };
    case 'additionalProperties':
      return {
        pointer: appendPointer(e.instancePath, String(params.additionalProperty)),
        code: 'unknown_field',
      };
    case 'enum':
    case 'not':
      return { pointer: e.instancePath, code: 'option' };
    default:
      return { pointer: e.instancePath, code: e.keyword };
  }
}

function messageKey(e: ErrorObject, code: string): MessageKey {
  const params = e.params as Record<string, unknown>;
  if (code === 'type') {
    const key = `type.${String(params.type)}`;
    return isMessageKey(key) ? key : 'invalid';
  }
  if (code === 'format') {
    const key = `format.${String(params.format)}`;
    return isMessageKey(key) ? key : 'invalid';
  }
  return isMessageKey(code) ? code : 'invalid';
}

/** An ajv error as a field error: the pointer of the field concerned, a code and a localized message. */
export function ajvFieldError(e: ErrorObject, ctx: AjvErrorContext): FieldError {
  const { pointer, code } = located(e);
  if (code === 'pattern') {
    const meaning = ctx.patterns.get(e.schemaPath.slice(0, -'/pattern'.length));
    if (meaning?.time)
      return { pointer, code: 'format', message: formMessage('format.time', ctx.locale, {}, ctx.fallbacks) };
    const custom = ctx.text(meaning?.message);
    if (custom !== undefined) return { pointer, code, message: custom };
  }
  const limit = (e.params as { limit?: unknown }).limit;
  const params: Record<string, number> = LIMITED.has(code) && typeof limit === 'number' ? { limit } : {};
  const known = isMessageKey(code) || code === 'type' || code === 'format';
  return {
    pointer,
    code: known ? code : 'invalid',
    message: formMessage(messageKey(e, code), ctx.locale, params, ctx.fallbacks),
  };
}
