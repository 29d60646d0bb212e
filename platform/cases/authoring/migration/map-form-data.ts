import { isJsonObject, type JsonObject, type JsonValue } from '../../../kernel/json.js';
import type { FieldMapping, OptionMapping } from './mappings.js';

/** `steps[].status` → [{name: 'steps', each: true}, {name: 'status', each: false}]. */
function steps(path: string): { name: string; each: boolean }[] {
  return path
    .split('.')
    .map((raw) => (raw.endsWith('[]') ? { name: raw.slice(0, -2), each: true } : { name: raw, each: false }));
}

/** Every object holding the last step of `path` (each item of a repeat group on the way). */
function holders(data: JsonObject, path: string): JsonObject[] {
  const all = steps(path);
  let current: JsonObject[] = [data];
  for (const step of all.slice(0, -1)) {
    const next: JsonObject[] = [];
    for (const holder of current) {
      const value = holder[step.name];
      const items = step.each ? (Array.isArray(value) ? value : []) : [value];
      for (const item of items) if (isJsonObject(item)) next.push(item);
    }
    current = next;
  }
  return current;
}

const lastName = (path: string) => (steps(path).at(-1)?.name ?? path).replace(/\[\]$/, '');

/** Renames a field in a copy of a form's data (in every item of the groups on its path); counts renames. */
export function renameField(data: JsonObject, mapping: FieldMapping): { data: JsonObject; count: number } {
  const copy = structuredClone(data);
  const [from, to] = [lastName(mapping.from), lastName(mapping.to)];
  let count = 0;
  for (const holder of holders(copy, mapping.from)) {
    if (!(from in holder)) continue;
    holder[to] = holder[from] as JsonValue;
    delete holder[from];
    count += 1;
  }
  return { data: copy, count };
}

/** Replaces an option value of a field (single value, or in a multi-select) in a copy of the data. */
export function mapOption(data: JsonObject, mapping: OptionMapping): { data: JsonObject; count: number } {
  const copy = structuredClone(data);
  const name = lastName(mapping.field);
  let count = 0;
  for (const holder of holders(copy, mapping.field)) {
    const value = holder[name];
    if (value === mapping.from) {
      holder[name] = mapping.to;
      count += 1;
    } else if (Array.isArray(value) && value.includes(mapping.from)) {
      holder[name] = value.map((v) => (v === mapping.from ? mapping.to : v));
      count += 1;
    }
  }
  return { data: copy, count };
}
