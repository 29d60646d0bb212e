/**
 * JsonLogic truthiness (jsonlogic.com/truthy): JavaScript's, except that an empty array is false.
 * So `0`, `""`, `null`, `NaN`, `false` and `[]` are false; `"0"` and `{}` are true.
 */
export function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return !!value;
}
