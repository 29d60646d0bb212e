import type { Field, FormDefinition } from './definition-types.generated.js';

/** One step of a field path: a name, and whether it steps into each item (`name[]`). */
export type PathStep = { readonly name: string; readonly each: boolean };

/** `members[].name` → `[{name: 'members', each: true}, {name: 'name', each: false}]`. */
export function pathSteps(path: string): PathStep[] {
  return path
    .split('.')
    .map((raw) => (raw.endsWith('[]') ? { name: raw.slice(0, -2), each: true } : { name: raw, each: false }));
}

const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;

/** The field of a form a path names (`da.group`, `members[].name`; `skills[]` names the item). */
export function fieldAt(form: FormDefinition, path: string): Field | undefined {
  let properties: Readonly<Record<string, Field>> | undefined = form.fields.properties;
  let field: Field | undefined;
  for (const step of pathSteps(path)) {
    field = own(properties, step.name);
    if (field === undefined) return undefined;
    if (step.each) {
      if (field.type !== 'array' || field.items === undefined) return undefined;
      field = field.items;
    }
    properties = field.properties;
  }
  return field;
}
