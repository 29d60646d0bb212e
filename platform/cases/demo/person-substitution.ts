import type { RegistrationSettings } from '../../definitions/definition-types.generated.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../../kernel/json.js';
import { dottedToPointer, getAtPointer } from '../../kernel/json-pointer.js';

/**
 * How a scenario's data about its client becomes data about a generated person: values equal to
 * one of the scenario client's registration values (birth date, sex, district, phone) are replaced
 * by the generated person's, and the client's names inside texts ("D. Karimova", "Karimova
 * Gulnora") by the person's names, in the person's script.
 */
export type PersonSubstitution = {
  readonly exact: ReadonlyMap<string, JsonValue>;
  /** Substring replacements, longest first. */
  readonly names: readonly (readonly [string, string])[];
};

/** The substitution from a scenario client to a generated person, per the site's registration settings. */
export function personSubstitution(
  registration: RegistrationSettings | undefined,
  from: JsonObject,
  to: JsonObject,
): PersonSubstitution {
  const nameFields: readonly string[] = registration?.nameFields ?? [];
  const nameValues = (data: JsonObject) =>
    nameFields
      .map((f) => getAtPointer(data, dottedToPointer(f)))
      .map((v) => (typeof v === 'string' ? v : ''));
  const exact = new Map<string, JsonValue>();
  for (const [path, value] of stringLeaves(from)) {
    if (nameFields.includes(path.join('.'))) continue;
    const replacement = getAtPointer(to, `/${path.join('/')}`);
    if (replacement !== undefined && !exact.has(value)) exact.set(value, replacement as JsonValue);
  }
  return { exact, names: namePairs(nameFields, nameValues(from), nameValues(to)) };
}

function namePairs(fields: readonly string[], from: string[], to: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  const family = fields.findIndex((f) => /last|family|surname/i.test(f));
  const given = fields.findIndex((f) => /first|given/i.test(f));
  const fromFamily = from[family] ?? '';
  const toFamily = to[family] ?? '';
  const fromGiven = from[given] ?? '';
  const toGiven = to[given] ?? '';
  if (fromFamily !== '' && fromGiven !== '') {
    // Signatures: "D. Karimova" and "Karimova D."
    pairs.push([`${fromGiven[0]}. ${fromFamily}`, `${toGiven[0] ?? ''}. ${toFamily}`]);
    pairs.push([`${fromFamily} ${fromGiven[0]}.`, `${toFamily} ${toGiven[0] ?? ''}.`]);
  }
  for (const [i, value] of from.entries()) {
    if (value.length >= 2 && to[i] !== undefined && to[i] !== '') pairs.push([value, to[i] ?? '']);
  }
  return pairs.sort((a, b) => b[0].length - a[0].length);
}

const stringLeafCache = new WeakMap<JsonObject, [string[], string][]>();

/** The string leaves of a (scenario) object, computed once per object. */
function stringLeaves(from: JsonObject): [string[], string][] {
  let cached = stringLeafCache.get(from);
  if (cached === undefined) {
    cached = leaves(from).flatMap(([path, value]) => (typeof value === 'string' ? [[path, value]] : []));
    stringLeafCache.set(from, cached);
  }
  return cached;
}

/** Every leaf of JSON data with its path (array indices included). */
export function leaves(value: JsonValue, path: string[] = []): [string[], JsonValue][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, String(i)]));
  if (isJsonObject(value)) return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [[path, value]];
}

/** A text with the scenario client's names replaced by the person's. */
export function replaceNames(text: string, substitution: PersonSubstitution): string {
  let out = text;
  for (const [from, to] of substitution.names) if (out.includes(from)) out = out.split(from).join(to);
  return out;
}
