import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { folderResolver } from '../../platform/definitions/read-site-folders.js';
import type { SiteResolver } from '../../platform/definitions/site-source.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../../platform/kernel/json.js';
import { escapePointerToken, getAtPointer, parsePointer } from '../../platform/kernel/json-pointer.js';
import { FIXTURE_SITES } from './fixture-sites.js';

/** `test/fixtures/hsds`: the hand-made sample directory and the site `fx-directory` it is imported into. */
export const HSDS_FIXTURES = fileURLToPath(new URL('../fixtures/hsds', import.meta.url));

/** The fixture sites with `fx-directory` (Montréal, French and English, extending `fx-base`). */
export function directoryResolver(): SiteResolver {
  return folderResolver([FIXTURE_SITES, HSDS_FIXTURES]);
}

/** A fresh copy of the hand-made HSDS 3.0 sample directory (three organisations, three services). */
export function montrealDirectory(): JsonObject {
  return JSON.parse(readFileSync(`${HSDS_FIXTURES}/montreal-directory.hsds.json`, 'utf8')) as JsonObject;
}

type Row = Record<string, JsonValue>;
const KEYS = /(^id$|_id$)/;

/**
 * A record without ids and keys, empty values and the `skip`ped fields (`table.field`); of the
 * `pathway` extension only the translations, which are part of what the record says.
 */
function content(table: string, row: Row, skip: ReadonlySet<string>): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) {
    if (KEYS.test(k) || skip.has(`${table}.${k}`) || v === '' || v === null) continue;
    if (k !== 'pathway') out[k] = v;
    else if (isJsonObject(v) && v.translations !== undefined) out[k] = { translations: v.translations };
  }
  return out;
}

/**
 * An HSDS document (tabular form) as what it says, independent of record ids: each service by
 * name with its organization, locations (with address and accessibility), phones, languages and
 * category codes inlined. Fields in `skip` (`table.field`, or a table) are left out; so are keys.
 */
export function hsdsView(document: JsonObject, skip: readonly string[] = []): Record<string, JsonValue> {
  const drop = new Set(skip);
  const rows = (table: string): Row[] =>
    drop.has(table) ? [] : ((document[table] as Row[] | undefined) ?? []).filter(isJsonObject);
  const byId = (table: string, id: JsonValue | undefined) => rows(table).find((r) => r.id === id);
  const under = (table: string, key: string, id: JsonValue | undefined) =>
    rows(table).filter((r) => r[key] === id);
  const view: Record<string, JsonValue> = {};
  for (const service of rows('service')) {
    const org = byId('organization', service.organization_id) ?? {};
    const locations = under('service_at_location', 'service_id', service.id).map((link) => {
      const location = byId('location', link.location_id) ?? {};
      return {
        ...content('location', location, drop),
        at: content('service_at_location', link, drop),
        addresses: under('address', 'location_id', location.id).map((a) => content('address', a, drop)),
        accessibility: under('accessibility', 'location_id', location.id)
          .map((a) => content('accessibility', a, drop))
          .sort((a, b) => String(a.description).localeCompare(String(b.description))),
      };
    });
    const categories = under('attribute', 'link_id', service.id).map((a) => {
      const term = byId('taxonomy_term', a.taxonomy_term_id) ?? {};
      return { ...content('attribute', a, drop), term: content('taxonomy_term', term, drop) };
    });
    view[String(service.name)] = {
      ...content('service', service, drop),
      organization: {
        ...content('organization', org, drop),
        phones: under('phone', 'organization_id', org.id).map((p) => content('phone', p, drop)),
      },
      locations,
      phones: under('phone', 'service_id', service.id).map((p) => content('phone', p, drop)),
      languages: under('language', 'service_id', service.id).map((l) => content('language', l, drop)),
      contacts: under('contact', 'service_id', service.id).map((c) => content('contact', c, drop)),
      categories: categories.sort((a, b) => String(a.term.code).localeCompare(String(b.term.code))),
    };
  }
  return view;
}

/** A copy of a document without the values at `pointers` (a removed record leaves a hole its table skips). */
export function withoutPointers(document: JsonObject, pointers: readonly string[]): JsonObject {
  const copy = structuredClone(document);
  for (const at of pointers) {
    const path = parsePointer(at);
    const last = path.pop();
    const parent = getAtPointer(copy, path.map((t) => `/${escapePointerToken(t)}`).join(''));
    if (last === undefined) continue;
    if (Array.isArray(parent)) parent[Number(last)] = null;
    else if (isJsonObject(parent)) delete parent[last];
  }
  return copy;
}
