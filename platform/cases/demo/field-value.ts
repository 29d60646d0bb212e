import type { Field } from '../../definitions/definition-types.generated.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { addDays } from '../../kernel/dates.js';
import type { JsonObject, JsonValue } from '../../kernel/json.js';
import { genericTexts } from './generic-texts.js';
import { optionValues } from './option-values.js';
import { sampleRegex } from './regex-sample.js';
import type { ScenarioLibrary } from './scenario-library.js';
import type { SeededRandom } from './seeded-random.js';

/** What generating a value needs: the definitions, randomness, the site-local day, examples. */
export type FillContext = {
  readonly bundle: SiteBundle;
  readonly random: SeededRandom;
  /** The site-local date the form is filled on (`YYYY-MM-DD`). */
  readonly today: string;
  readonly library: ScenarioLibrary;
  /** Locale of generic texts (the site's default locale). */
  readonly locale: string;
  /** How likely an optional field is filled (default 0.75). */
  readonly optionalRate?: number;
};

/**
 * A plausible value for a form field from its definition: an option (multi-selects: a few), a
 * date near `today` (future for due/next/planned dates), a pattern match, a number in range, a
 * text seen in the scenarios under the same field name, nested objects and repeat groups with a
 * plausible number of items. `undefined` for calculated (read-only) fields.
 */
export function fieldValue(field: Field, name: string, ctx: FillContext): JsonValue | undefined {
  if (field.readOnly === true) return undefined;
  switch (field.type) {
    case 'object':
      return objectValue(field, ctx);
    case 'array':
      return arrayValue(field, name, ctx);
    case 'boolean':
      return optionValues(ctx.bundle, field.options).length > 0
        ? pickOption(field, ctx)
        : ctx.random.chance(0.8);
    case 'number':
    case 'integer':
      return field.options === undefined ? numberValue(field, ctx) : pickOption(field, ctx);
    case 'string':
      return stringValue(field, name, ctx);
  }
}

/** The fields of an object: the required ones always, the others at the optional rate. */
export function objectValue(field: Pick<Field, 'properties' | 'required'>, ctx: FillContext): JsonObject {
  const out: JsonObject = {};
  const required = new Set(field.required ?? []);
  for (const [name, inner] of Object.entries(field.properties ?? {})) {
    if (!required.has(name) && !ctx.random.chance(ctx.optionalRate ?? 0.75)) continue;
    const value = fieldValue(inner, name, ctx);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

function arrayValue(field: Field, name: string, ctx: FillContext): JsonValue[] {
  const items = field.items;
  if (items === undefined) return [];
  const min = Math.max(field.minItems ?? 0, 1);
  // A multi-select carries its options on the array (or, in older definitions, on the items).
  const options = optionValues(ctx.bundle, field.options ?? items.options);
  if (options.length > 0) {
    const max = Math.min(field.maxItems ?? 3, options.length, Math.max(min, 3));
    return ctx.random.sample(options, ctx.random.int(Math.min(min, max), max));
  }
  const max = Math.max(min, Math.min(field.maxItems ?? 3, 3));
  const count = ctx.random.int(min, max);
  const out: JsonValue[] = [];
  for (let i = 0; i < count; i++) {
    const value = fieldValue(items, name, ctx);
    if (value !== undefined && !(field.uniqueItems === true && out.includes(value))) out.push(value);
  }
  return out;
}

function pickOption(field: Field, ctx: FillContext): JsonValue {
  return ctx.random.pick(optionValues(ctx.bundle, field.options));
}

function numberValue(field: Field, ctx: FillContext): number {
  const min = field.minimum ?? 0;
  const max = field.maximum ?? (field.minimum === undefined ? 24 : min + 24);
  if (field.type === 'integer') return ctx.random.int(Math.ceil(min), Math.floor(max));
  return Math.round((min + ctx.random.next() * (max - min)) * 100) / 100;
}

function stringValue(field: Field, name: string, ctx: FillContext): string {
  if (field.options !== undefined) return String(pickOption(field, ctx));
  const { random, today } = ctx;
  switch (field.format) {
    case 'date':
      return dateNear(name, today, random);
    case 'date-time':
      return `${dateNear(name, today, random)}T${String(random.int(6, 13)).padStart(2, '0')}:00:00.000Z`;
    case 'time':
      return `${String(random.int(8, 17)).padStart(2, '0')}:${random.pick(['00', '15', '30', '45'])}`;
    case 'email':
      return `client${random.int(100, 999)}@example.org`;
    case 'uri':
      return `https://example.org/documents/${random.int(1000, 9999)}`;
  }
  const sampled = field.pattern === undefined ? undefined : sampleRegex(field.pattern, random);
  if (sampled !== undefined) return sampled;
  return fitLength(textFor(name, ctx), field);
}

const FUTURE_DATE = /next|due|until|deadline|expir|validTo|planned|target|^end|End$|EndDate$/i;

/** A past date for records, a future one for due, next, planned and target dates. */
export function dateNear(name: string, today: string, random: SeededRandom, future?: boolean): string {
  const offset = (future ?? FUTURE_DATE.test(name)) ? random.int(7, 120) : -random.int(0, 21);
  return addDays(today, offset) ?? today;
}

function textFor(name: string, ctx: FillContext): string {
  const seen = ctx.library.texts.get(name) ?? [];
  const usable = seen.filter((t) => !/^\d{4}-\d{2}-\d{2}/.test(t));
  if (usable.length > 0 && ctx.random.chance(0.85)) return ctx.random.pick(usable);
  return ctx.random.pick(genericTexts(ctx.locale));
}

function fitLength(text: string, field: Field): string {
  let out = field.maxLength !== undefined ? text.slice(0, field.maxLength) : text;
  while (out.length < (field.minLength ?? 0)) out += '.';
  return out;
}
