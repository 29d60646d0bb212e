import type { SiteBundle } from '../../definitions/site-bundle.js';
import type { JsonObject } from '../../kernel/json.js';

const at = (data: JsonObject | undefined, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (v, k) => (v !== null && typeof v === 'object' ? (v as JsonObject)[k] : undefined),
      data,
    );

const hasValue = (v: unknown) =>
  v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

/**
 * What emergency access opens to the reader, as disclosure-log fields (`<form>/<field>`): the
 * client's name, birth date and sex from the registration form (the case page shows them) and
 * every answered top-level field of the case forms the reader's role may read.
 */
export function emergencyDisclosedFields(
  bundle: SiteBundle,
  person: JsonObject | undefined,
  facts: JsonObject,
  readableForms: readonly string[],
): string[] {
  const registration = bundle.site.registration;
  const personFields = registration
    ? [...registration.nameFields, registration.birthDateField, registration.sexField]
        .filter((f): f is string => typeof f === 'string' && hasValue(at(person, f)))
        .map((f) => `${registration.form.form}/${f}`)
    : [];
  const caseFields = readableForms.flatMap((formId) => {
    const data = facts[formId];
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
    return Object.entries(data)
      .filter(([, v]) => hasValue(v))
      .map(([key]) => `${formId}/${key}`);
  });
  return [...new Set([...personFields, ...caseFields])];
}
