/**
 * What json-logic-js treats as an operation: a plain object (not null, not an array) with
 * exactly one own enumerable key. Everything else is a literal (arrays are evaluated item by item).
 */
export function isLogic(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  let count = 0;
  for (const key in value) {
    if (Object.hasOwn(value, key) && ++count > 1) return false;
  }
  return count === 1;
}

/** The operator of a logic node (its only key). */
export function operatorOf(logic: Record<string, unknown>): string {
  for (const key in logic) if (Object.hasOwn(logic, key)) return key;
  return '';
}

/** The arguments of a logic node; a single non-array argument is wrapped (`{"var": "x"}`). */
export function argumentsOf(logic: Record<string, unknown>, op: string): readonly unknown[] {
  const values = logic[op];
  return Array.isArray(values) ? values : [values];
}
