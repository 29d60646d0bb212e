import type { RegistrationSettings } from '../definitions/definition-types.generated.js';
import type { JsonObject } from '../kernel/json.js';
import { dottedToPointer, getAtPointer } from '../kernel/json-pointer.js';
import type { PersonIdentifier } from './records.js';

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
const at = (data: JsonObject, path: string | undefined): unknown =>
  path === undefined ? undefined : getAtPointer(data, dottedToPointer(path));

/** The indexed facts of a person drawn from registration data, as the site's registration settings say. */
export type RegistrationFields = {
  readonly displayName: string;
  readonly birthDate: string | null;
  readonly sex: string | null;
  readonly language: string | null;
  readonly identifiers: PersonIdentifier[];
};

export function registrationFields(settings: RegistrationSettings, data: JsonObject): RegistrationFields {
  const displayName = settings.nameFields
    .map((f) => text(at(data, f)))
    .filter((v) => v !== null)
    .join(' ');
  const birth = text(at(data, settings.birthDateField));
  const identifiers: PersonIdentifier[] = [];
  for (const id of settings.identifiers ?? []) {
    const value = text(at(data, id.field));
    // Identifiers are compared without spaces or dashes people type in different ways.
    if (value !== null) identifiers.push({ type: id.type, value: value.replace(/[\s-]/g, '') });
  }
  return {
    displayName: displayName === '' ? '—' : displayName,
    birthDate: birth !== null && /^\d{4}-\d{2}-\d{2}$/.test(birth) ? birth : null,
    sex: text(at(data, settings.sexField)),
    language: text(at(data, settings.languageField)),
    identifiers,
  };
}
