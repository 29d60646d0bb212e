import type { Field, FormDefinition, Options } from '../../../definitions/definition-types.generated.js';
import { appendPointer } from '../../../kernel/json-pointer.js';

/** A field of a form with its path (`steps[].status`), the keys leading to its data, and its place. */
export type FieldEntry = {
  readonly path: string;
  /** Property names from the form's data to the value; array items are looked through. */
  readonly segments: readonly string[];
  readonly pointer: string;
  readonly field: Field;
  readonly required: boolean;
};

function walk(
  properties: Readonly<Record<string, Field>>,
  required: readonly string[],
  at: { path: string; segments: readonly string[]; pointer: string },
  into: Map<string, FieldEntry>,
): void {
  for (const [name, field] of Object.entries(properties)) {
    const path = at.path === '' ? name : `${at.path}.${name}`;
    const pointer = appendPointer(at.pointer, 'properties', name);
    const segments = [...at.segments, name];
    into.set(path, { path, segments, pointer, field, required: required.includes(name) });
    if (field.type === 'object' && field.properties)
      walk(field.properties, field.required ?? [], { path, segments, pointer }, into);
    const items = field.items;
    if (field.type === 'array' && items?.type === 'object' && items.properties)
      walk(
        items.properties,
        items.required ?? [],
        { path: `${path}[]`, segments, pointer: appendPointer(pointer, 'items') },
        into,
      );
  }
}

/** Every field of a form, nested ones included, by path. */
export function formFields(form: FormDefinition): Map<string, FieldEntry> {
  const fields = new Map<string, FieldEntry>();
  walk(
    form.fields.properties,
    form.fields.required ?? [],
    { path: '', segments: [], pointer: '/fields' },
    fields,
  );
  return fields;
}

/** The options of a field: its own, or its items' for a multi-select. */
export function optionsOf(field: Field): Options | undefined {
  return field.options ?? field.items?.options;
}

/** Where a field's options are, relative to the field. */
export function optionsPointer(entry: FieldEntry): string {
  return entry.field.options === undefined && entry.field.items?.options !== undefined
    ? appendPointer(entry.pointer, 'items', 'options')
    : appendPointer(entry.pointer, 'options');
}
