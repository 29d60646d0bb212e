import type { Field, ObjectField, Options } from '../definition-types.generated.js';
import type { ValueType } from '../expressions/value-type.js';
import { type FactTree, leaf } from './fact-tree.js';

/** Values of a lookup by id, for fields whose options come from a lookup. */
export type LookupValues = (lookupId: string) => readonly unknown[] | undefined;

export function optionValues(
  options: Options | undefined,
  lookups: LookupValues,
): readonly unknown[] | undefined {
  if (options === undefined) return undefined;
  if (Array.isArray(options)) return options.map((o) => o.value);
  return lookups((options as { lookup: string }).lookup);
}

function scalarType(field: Field): ValueType {
  switch (field.type) {
    case 'string':
      return field.format === 'date' || field.format === 'date-time' ? 'date' : 'string';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'any';
  }
}

/** The fact tree of one form field. */
export function fieldFacts(field: Field, lookups: LookupValues): FactTree {
  if (field.type === 'object')
    return objectFieldFacts(
      { type: 'object', properties: field.properties ?? {} } as ObjectField,
      lookups,
      field.title,
    );
  if (field.type === 'array') {
    const inner = field.items ? fieldFacts(field.items, lookups) : leaf('any');
    // A multi-select may declare its options on the array rather than on its items.
    const arrayOptions = optionValues(field.options, lookups);
    const items =
      arrayOptions !== undefined && inner.options === undefined ? { ...inner, options: arrayOptions } : inner;
    return { type: 'array', items, ...(field.title ? { label: field.title } : {}) };
  }
  return leaf(scalarType(field), field.title, optionValues(field.options, lookups));
}

/** The fact tree of an object field (a form's root): one child per property. */
export function objectFieldFacts(
  field: ObjectField,
  lookups: LookupValues,
  label?: FactTree['label'],
): FactTree {
  const children: Record<string, FactTree> = {};
  for (const [name, child] of Object.entries(field.properties))
    if (child !== undefined) children[name] = fieldFacts(child, lookups);
  return { type: 'object', children, ...(label ? { label } : {}) };
}
