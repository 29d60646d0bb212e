/**
 * The static types the expression checker reasons with. `date` is an ISO date string, kept apart
 * from `string` so date operators can be checked; `any` is what the checker cannot know.
 */
export type ValueType = 'any' | 'boolean' | 'number' | 'string' | 'date' | 'array' | 'object' | 'null';

/** Whether a value of type `actual` may be used where `expected` is wanted. */
export function isAssignable(actual: ValueType, expected: ValueType): boolean {
  if (actual === 'any' || expected === 'any' || actual === expected) return true;
  if (actual === 'null') return true; // a missing value: the operator decides what it means
  if (expected === 'string' && actual === 'date') return true;
  if (expected === 'date' && actual === 'string') return true; // a date literal is a string
  return false;
}

/** The type of a JSON literal. Strings that look like ISO dates count as dates. */
export function literalType(value: unknown): ValueType {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'boolean':
      return 'boolean';
    case 'number':
      return 'number';
    case 'string':
      return /^\d{4}-\d{2}-\d{2}/.test(value) ? 'date' : 'string';
    default:
      return 'object';
  }
}
