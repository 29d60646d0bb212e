import type { JsonObject, JsonValue } from '../../kernel/json.js';
import { LOCALE_PATTERN } from '../../kernel/localized-text.js';
import { CATEGORY_TAXONOMY, extensionOf, localizedField } from './hsds-extension.js';
import { HELD_FIELDS, type IndexedRow, text } from './hsds-tables.js';
import { locationsFromHsds } from './locations-from-hsds.js';
import { type ImportScope, providerFromHsds } from './provider-from-hsds.js';

/** Pathway's form of a category code or language tag read from the upload. */
export const toId = (value: string): string =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[^a-z]+|[-_]+$/g, '')
    .replace(/[-_]{2,}/g, '-');

/** `EN`, `sr_latn` → `en`, `sr-Latn`: BCP 47 casing (language lower, script title, region upper). */
function localeOf(code: string): string | undefined {
  const parts = code.trim().split(/[-_]/);
  const tag = parts
    .map((p, i) =>
      i === 0
        ? p.toLowerCase()
        : p.length === 4
          ? p[0]?.toUpperCase() + p.slice(1).toLowerCase()
          : p.toUpperCase(),
    )
    .join('-');
  return LOCALE_PATTERN.test(tag) ? tag : undefined;
}

function languagesOf(s: ImportScope, hsdsId: string): string[] {
  const codes: string[] = [];
  for (const entry of s.log.under('language', 'service_id', hsdsId)) {
    s.log.use(entry, 'language');
    const code = localeOf(text(entry.row, 'code') ?? '');
    if (code === undefined)
      s.log.notHeld('language.name', `${entry.pointer}/name`, 'a language without a code.');
    else if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

function categoriesOf(s: ImportScope, hsdsId: string): string[] {
  const codes: string[] = [];
  for (const entry of s.log.under('attribute', 'link_id', hsdsId)) {
    const entity = text(entry.row, 'link_entity');
    if (entity !== undefined && entity !== 'service') continue;
    s.log.use(entry, 'attribute');
    const term = s.log.byId('taxonomy_term', text(entry.row, 'taxonomy_term_id'));
    if (term === undefined) continue;
    const given = text(term.row, 'code');
    // Pathway's own terms are written from their code; another taxonomy's words are not kept.
    const ours = text(term.row, 'taxonomy') === CATEGORY_TAXONOMY;
    s.log.use(
      term,
      'taxonomy_term',
      ours ? Object.keys(term.row) : ['id', given === undefined ? 'name' : 'code'],
    );
    const code = toId(given ?? text(term.row, 'name') ?? '');
    if (code !== '' && !codes.includes(code)) codes.push(code);
  }
  return codes;
}

/** The first of several records is held; the others are noted. */
function first(s: ImportScope, rows: IndexedRow[], table: string, why: string): IndexedRow | undefined {
  const [held, ...rest] = rows;
  if (held !== undefined) s.log.use(held, table);
  rest.forEach((r) => s.log.notHeld(table, r.pointer, why));
  return held;
}

function contactOf(s: ImportScope, row: IndexedRow['row'], hsdsId: string): JsonObject | undefined {
  const contact: JsonObject = {};
  const phone = first(
    s,
    s.log.under('phone', 'service_id', hsdsId),
    'phone',
    'Pathway holds one phone per service.',
  );
  const number = phone === undefined ? undefined : text(phone.row, 'number');
  if (number !== undefined) contact.phone = number;
  const email = text(row, 'email');
  const url = text(row, 'url');
  if (email !== undefined) contact.email = email;
  if (url !== undefined) contact.url = url;
  const address = extensionOf(row).address;
  if (address !== undefined) contact.address = address;
  return Object.keys(contact).length > 0 ? contact : undefined;
}

function statusOf(s: ImportScope, entry: IndexedRow, service: string): string {
  const status = text(entry.row, 'status') ?? 'active';
  if (extensionOf(entry.row).status === 'gap') return 'gap';
  if (status === 'active' || status === 'inactive') return status;
  s.log.add({
    code: 'mapped',
    service,
    pointer: `${entry.pointer}/status`,
    message: `Status "${status}" read as "inactive".`,
  });
  return 'inactive';
}

/**
 * One HSDS service as a Pathway service definition (`id` given): texts in the document's language
 * with the extension's translations, the provider, categories from taxonomy terms, locations with
 * their address and accessibility, languages, one phone, the schedule's description, and from the
 * extension what HSDS has no field for. Properties the upload does not give are absent.
 */
export function serviceFromHsds(s: ImportScope, entry: IndexedRow, id: string): JsonObject {
  const { row } = entry;
  const hsdsId = text(row, 'id') ?? '';
  const ext = extensionOf(row);
  s.log.use(entry, 'service', [...(HELD_FIELDS.service ?? []), 'fees']);
  const json: Record<string, JsonValue | undefined> = { kind: 'service', id };
  json.name = localizedField(row, 'name', s.language);
  json.description = localizedField(row, 'description', s.language);
  if (json.description === undefined)
    s.log.add({
      code: 'missing',
      service: id,
      pointer: `${entry.pointer}/description`,
      message: 'The service has no description; write one before publishing.',
    });
  json.provider = providerFromHsds(s, text(row, 'organization_id'));
  const categories = categoriesOf(s, hsdsId);
  if (categories.length > 0) json.categories = categories;
  json.eligibility = ext.eligibility;
  json.eligibilityText = localizedField(row, 'eligibility_description', s.language);
  json.capacity = ext.capacity;
  json.duration = ext.duration;
  const locations = locationsFromHsds(s, hsdsId, id);
  if (locations.length > 0) json.locations = locations;
  const languages = languagesOf(s, hsdsId);
  if (languages.length > 0) json.languages = languages;
  json.contact = contactOf(s, row, hsdsId);
  const schedule = first(
    s,
    s.log.under('schedule', 'service_id', hsdsId),
    'schedule',
    'Pathway holds one schedule text per service.',
  );
  json.schedule =
    schedule === undefined ? undefined : localizedField(schedule.row, 'description', s.language);
  json.fees = localizedField(row, 'fees_description', s.language) ?? localizedField(row, 'fees', s.language);
  json.referral = typeof ext.referral === 'string' ? { referral: ext.referral } : undefined;
  json.status = statusOf(s, entry, id);
  return Object.fromEntries(Object.entries(json).filter(([, v]) => v !== undefined)) as JsonObject;
}
