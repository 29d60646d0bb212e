import type { SiteBundle } from '../../definitions/site-bundle.js';
import { isJsonObject, type JsonValue } from '../../kernel/json.js';

/**
 * The case-form fields a condition reads (`{"var": "forms.needs-assessment.da.group"}` reads
 * `da.group` of `needs-assessment`), following named rules (`{"rule": "eligible-for-icm"}`) into
 * their logic: the data that can change its outcome. Keyed by form id.
 */
export function formFieldsReadBy(bundle: SiteBundle, logic: JsonValue | undefined): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const path of varPaths(bundle, logic, new Set())) {
    const match = /^forms\.([^.]+)\.(.+)$/.exec(path);
    const [, form, field] = match ?? [];
    if (form === undefined || field === undefined || bundle.forms[form] === undefined) continue;
    const list = fields.get(form) ?? [];
    if (!list.includes(field)) list.push(field);
    fields.set(form, list);
  }
  return fields;
}

/** The forms a condition reads. */
export function formsReadBy(bundle: SiteBundle, logic: JsonValue | undefined): string[] {
  return [...formFieldsReadBy(bundle, logic).keys()];
}

function varPaths(bundle: SiteBundle, logic: JsonValue | undefined, seen: Set<string>): string[] {
  if (Array.isArray(logic)) return logic.flatMap((l) => varPaths(bundle, l, seen));
  if (!isJsonObject(logic)) return [];
  return Object.entries(logic).flatMap(([op, args]) => {
    if (op === 'var') {
      const path = Array.isArray(args) ? args[0] : args;
      return typeof path === 'string' ? [path] : [];
    }
    if (op === 'rule' && typeof args === 'string') {
      if (seen.has(args)) return [];
      seen.add(args);
      return varPaths(bundle, bundle.rules[args]?.logic as JsonValue | undefined, seen);
    }
    return varPaths(bundle, args, seen);
  });
}
