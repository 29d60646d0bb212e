import type { Field } from '../../definitions/definition-types.generated.js';
import { addDays, daysBetween, ISO_DATE } from '../../kernel/dates.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../../kernel/json.js';
import type { FillContext } from './field-value.js';
import { optionValues } from './option-values.js';
import { type PersonSubstitution, replaceNames } from './person-substitution.js';

/** How a scenario submission is turned into this person's submission today. */
export type Adaptation = {
  readonly substitution: PersonSubstitution;
  /** Days from the scenario's submission day to `ctx.today`: every other date moves by it. */
  readonly shiftDays: number;
  /** How likely an option, number or text is redrawn (0 keeps the scenario's choices). */
  readonly variation: number;
};

/** Days between the scenario's submission (its site-local day) and the fill day. */
export function shiftBetween(scenarioDay: string, today: string): number {
  return daysBetween(scenarioDay, today) ?? 0;
}

/**
 * A scenario submission rewritten for a generated person: the scenario client's values and names
 * replaced by the person's, dates moved so they keep their distance to the submission day, and —
 * at the `variation` rate — options, numbers and free texts redrawn so persons differ. The result
 * still goes through `settleFormData`.
 */
export function adaptTemplate(
  data: JsonObject,
  fields: Readonly<Record<string, Field>>,
  adaptation: Adaptation,
  ctx: FillContext,
): JsonObject {
  const out: JsonObject = {};
  for (const [name, value] of Object.entries(data))
    out[name] = adaptValue(value, fields[name], name, adaptation, ctx);
  return out;
}

function adaptValue(
  value: JsonValue,
  field: Field | undefined,
  name: string,
  a: Adaptation,
  ctx: FillContext,
): JsonValue {
  if (typeof value === 'string' && a.substitution.exact.has(value))
    return a.substitution.exact.get(value) as JsonValue;
  if (isJsonObject(value)) return adaptTemplate(value, field?.properties ?? {}, a, ctx);
  if (Array.isArray(value)) return adaptArray(value, field, name, a, ctx);
  if (typeof value === 'string') return adaptString(value, field, name, a, ctx);
  if (typeof value === 'number' && field?.options === undefined && ctx.random.chance(a.variation))
    return jitter(value, field, ctx);
  if (field?.options !== undefined && value !== null && ctx.random.chance(a.variation / 2))
    return ctx.random.pick(optionValues(ctx.bundle, field.options));
  return value;
}

function adaptArray(
  value: JsonValue[],
  field: Field | undefined,
  name: string,
  a: Adaptation,
  ctx: FillContext,
) {
  const options = optionValues(ctx.bundle, field?.options ?? field?.items?.options);
  if (options.length > 1 && ctx.random.chance(a.variation / 2)) {
    const count = Math.max(1, Math.min(options.length, value.length + ctx.random.int(-1, 1)));
    return ctx.random.sample(options, count);
  }
  return value.map((v) => adaptValue(v, field?.items, name, a, ctx));
}

function adaptString(value: string, field: Field | undefined, name: string, a: Adaptation, ctx: FillContext) {
  if (ISO_DATE.test(value)) return addDays(value, a.shiftDays) ?? value;
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return shiftInstant(value, a.shiftDays);
  if (field?.options !== undefined) {
    return ctx.random.chance(a.variation / 2)
      ? String(ctx.random.pick(optionValues(ctx.bundle, field.options)))
      : value;
  }
  const replaced = replaceNames(value, a.substitution);
  if (replaced !== value || field === undefined || field.pattern !== undefined || field.format !== undefined)
    return replaced;
  const others = (ctx.library.texts.get(name) ?? []).filter((t) => t !== value && !ISO_DATE.test(t));
  const fits = others.filter((t) => t.length <= (field.maxLength ?? Number.POSITIVE_INFINITY));
  return fits.length > 0 && ctx.random.chance(a.variation)
    ? replaceNames(ctx.random.pick(fits), a.substitution)
    : value;
}

function shiftInstant(value: string, days: number): string {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms + days * 86_400_000).toISOString();
}

function jitter(value: number, field: Field | undefined, ctx: FillContext): number {
  const spread = Math.max(1, Math.abs(value) * 0.25);
  const raw = value + spread * (ctx.random.next() * 2 - 1);
  const rounded =
    field?.type === 'integer' || Number.isInteger(value) ? Math.round(raw) : Math.round(raw * 100) / 100;
  const min = field?.minimum ?? Number.NEGATIVE_INFINITY;
  const max = field?.maximum ?? Number.POSITIVE_INFINITY;
  return Math.min(max, Math.max(min, rounded));
}
