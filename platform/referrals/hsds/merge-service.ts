import { canonicalJson } from '../../kernel/canonical-json.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../../kernel/json.js';

/** The order of a service definition's properties, as the schema lists them. */
const KEY_ORDER = [
  '$schema',
  'kind',
  'id',
  'override',
  'name',
  'description',
  'provider',
  'categories',
  'eligibility',
  'eligibilityText',
  'capacity',
  'duration',
  'locations',
  'languages',
  'contact',
  'schedule',
  'fees',
  'referral',
  'status',
];
const TEXTS = ['name', 'description', 'eligibilityText', 'schedule', 'fees'];
const LOCATION_TEXTS = ['name', 'address', 'city'];

/** A service's properties in the schema's order (unknown ones last). */
export function inServiceOrder(json: JsonObject): JsonObject {
  const keys = [
    ...KEY_ORDER.filter((k) => k in json),
    ...Object.keys(json).filter((k) => !KEY_ORDER.includes(k)),
  ];
  return Object.fromEntries(keys.map((k) => [k, json[k] as JsonValue]));
}

/** A value without its empty lists: HSDS cannot say "none" apart from "not given", so they are the same. */
export function withoutEmptyLists(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(withoutEmptyLists);
  if (!isJsonObject(value)) return value;
  const entries = Object.entries(value).filter(([, v]) => !(Array.isArray(v) && v.length === 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, withoutEmptyLists(v)]));
}

type Merge = { readonly language: string; readonly retranslate: string[] };

/**
 * A localized text as imported over the text it replaces: when the document's language says the
 * same, the earlier translations stay (the upload's win); when it says something new, only the
 * upload's translations are kept — the others no longer translate it and must be written again.
 */
function mergeText(m: Merge, path: string, before: JsonValue | undefined, after: JsonValue): JsonValue {
  if (!isJsonObject(before) || !isJsonObject(after)) return after;
  if (before[m.language] === after[m.language]) return { ...before, ...after };
  const dropped = Object.keys(before).filter((l) => !(l in after));
  if (dropped.length > 0) m.retranslate.push(path);
  return after;
}

/** `after`, with its texts under `keys` merged with `before`'s (other properties: `keep` from before). */
function mergeTexts(
  m: Merge,
  path: string,
  before: JsonObject,
  after: JsonObject,
  keys: readonly string[],
  keep = true,
): JsonObject {
  const out: JsonObject = keep ? { ...before, ...after } : { ...after };
  for (const key of keys) {
    const value = after[key];
    if (value !== undefined) out[key] = mergeText(m, `${path}/${key}`, before[key], value);
  }
  return out;
}

/** The upload's locations, each keeping the translations of the earlier location of the same name. */
function mergeLocations(m: Merge, before: JsonValue | undefined, after: JsonValue[]): JsonValue[] {
  const earlier = Array.isArray(before) ? before.filter(isJsonObject) : [];
  return after.map((place, i) => {
    if (!isJsonObject(place)) return place;
    const name = isJsonObject(place.name) ? place.name[m.language] : undefined;
    const same = earlier.find((e) => isJsonObject(e.name) && e.name[m.language] === name) ?? earlier[i];
    return same === undefined ? place : mergeTexts(m, `/locations/${i}`, same, place, LOCATION_TEXTS, false);
  });
}

function mergeProperty(m: Merge, key: string, before: JsonValue | undefined, after: JsonValue): JsonValue {
  if (TEXTS.includes(key)) return mergeText(m, `/${key}`, before, after);
  if (key === 'locations' && Array.isArray(after)) return mergeLocations(m, before, after);
  if (key === 'contact' && isJsonObject(before) && isJsonObject(after))
    return mergeTexts(m, '/contact', before, after, ['address']);
  if (key === 'provider' && isJsonObject(before) && isJsonObject(after)) {
    const [was, now] = [before.organization, after.organization];
    if (isJsonObject(was) && isJsonObject(now))
      return { organization: mergeTexts(m, '/provider/organization', was, now, ['name']) };
  }
  return after;
}

/**
 * An imported service over the one the site has: what the upload gives replaces what was there
 * (texts keep their translations while the document's language is unchanged), what it does not
 * give — Pathway-only parts such as the eligibility rule, when the upload has no extension — stays.
 * An explicit `active` status is not added to a service that leaves it to the default.
 */
export function mergeService(
  before: JsonObject | undefined,
  imported: JsonObject,
  language: string,
): { json: JsonObject; retranslate: string[] } {
  if (before === undefined) return { json: inServiceOrder(imported), retranslate: [] };
  const m: Merge = { language, retranslate: [] };
  const out: JsonObject = { ...before };
  for (const [key, value] of Object.entries(imported)) out[key] = mergeProperty(m, key, before[key], value);
  if (before.status === undefined && imported.status === 'active') delete out.status;
  const json =
    canonicalJson(withoutEmptyLists(out)) === canonicalJson(withoutEmptyLists(before))
      ? before
      : inServiceOrder(out);
  return { json, retranslate: m.retranslate };
}
