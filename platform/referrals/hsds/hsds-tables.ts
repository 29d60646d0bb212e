import type { JsonValue } from '../../kernel/json.js';

/** One record of an HSDS 3.0 table, as JSON. */
export type HsdsRow = { [field: string]: JsonValue };

/** A record of an uploaded document and where it was written (JSON pointer into the upload). */
export type IndexedRow = { readonly row: HsdsRow; readonly pointer: string };

/** An uploaded document's records, table by table (nested records lifted into their tables). */
export type HsdsTables = ReadonlyMap<string, readonly IndexedRow[]>;

/**
 * The tables of HSDS 3.0's tabular JSON serialisation (`schema/compiled/tabular.json`): one array
 * of flat records per table, joined by `<table>_id` keys. Pathway exports this form.
 */
export const HSDS_TABLES = [
  'organization',
  'program',
  'service',
  'service_at_location',
  'location',
  'address',
  'phone',
  'contact',
  'schedule',
  'service_area',
  'language',
  'accessibility',
  'funding',
  'cost_option',
  'required_document',
  'organization_identifier',
  'attribute',
  'taxonomy_term',
  'taxonomy',
  'metadata',
  'meta_table_description',
] as const;

/** How a nested array (or object) of a record maps to a table: the key the child gets, or the parent. */
export type ChildSpec = {
  readonly table: string;
  /** The child's field naming its parent (`service_id` of a phone under a service). */
  readonly childKey?: string;
  /** For a single nested object: the parent's field naming the child (`organization_id`). */
  readonly parentKey?: string;
};

const owned = (owner: string): Record<string, ChildSpec> => ({
  phones: { table: 'phone', childKey: `${owner}_id` },
  contacts: { table: 'contact', childKey: `${owner}_id` },
  schedules: { table: 'schedule', childKey: `${owner}_id` },
  attributes: { table: 'attribute', childKey: 'link_id' },
  metadata: { table: 'metadata', childKey: 'resource_id' },
});

/** The nested form (a service with its organization, locations, phones … inside) of HSDS 3.0's API. */
export const CHILDREN: Readonly<Record<string, Readonly<Record<string, ChildSpec>>>> = {
  service: {
    ...owned('service'),
    organization: { table: 'organization', parentKey: 'organization_id' },
    program: { table: 'program', parentKey: 'program_id' },
    languages: { table: 'language', childKey: 'service_id' },
    service_at_locations: { table: 'service_at_location', childKey: 'service_id' },
    service_areas: { table: 'service_area', childKey: 'service_id' },
    funding: { table: 'funding', childKey: 'service_id' },
    cost_options: { table: 'cost_option', childKey: 'service_id' },
    required_documents: { table: 'required_document', childKey: 'service_id' },
  },
  service_at_location: {
    ...owned('service_at_location'),
    location: { table: 'location', parentKey: 'location_id' },
    service_areas: { table: 'service_area', childKey: 'service_at_location_id' },
  },
  location: {
    ...owned('location'),
    addresses: { table: 'address', childKey: 'location_id' },
    accessibility: { table: 'accessibility', childKey: 'location_id' },
    languages: { table: 'language', childKey: 'location_id' },
  },
  organization: {
    ...owned('organization'),
    locations: { table: 'location', childKey: 'organization_id' },
    programs: { table: 'program', childKey: 'organization_id' },
    funding: { table: 'funding', childKey: 'organization_id' },
    organization_identifiers: { table: 'organization_identifier', childKey: 'organization_id' },
  },
  contact: { ...owned('contact') },
  phone: { languages: { table: 'language', childKey: 'phone_id' }, ...owned('phone') },
  attribute: { taxonomy_term: { table: 'taxonomy_term', parentKey: 'taxonomy_term_id' } },
  taxonomy_term: { taxonomy_detail: { table: 'taxonomy', parentKey: 'taxonomy_id' } },
};

/**
 * The fields of each table that Pathway reads (ids and keys included). Any other field with a
 * value is reported by an import as not held, so nothing is dropped silently.
 */
export const HELD_FIELDS: Readonly<Record<string, readonly string[]>> = {
  service: [
    'id',
    'organization_id',
    'name',
    'description',
    'url',
    'email',
    'status',
    'fees_description',
    'eligibility_description',
  ],
  organization: ['id', 'name'],
  service_at_location: ['id', 'service_id', 'location_id'],
  location: ['id', 'location_type', 'organization_id', 'name'],
  address: ['id', 'location_id', 'address_1', 'city', 'region', 'postal_code', 'country', 'address_type'],
  phone: ['id', 'service_id', 'organization_id', 'number'],
  language: ['id', 'service_id', 'name', 'code'],
  accessibility: ['id', 'location_id', 'description'],
  schedule: ['id', 'service_id', 'description'],
  attribute: ['id', 'link_id', 'link_type', 'link_entity', 'taxonomy_term_id'],
  taxonomy_term: ['id', 'code'],
};

/** A string field of a record, trimmed; undefined when absent or blank. */
export function text(row: HsdsRow, field: string): string | undefined {
  const value = row[field];
  if (typeof value !== 'string') return typeof value === 'number' ? String(value) : undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Whether a value says anything (not null, blank, or an empty array or object). */
export function hasValue(value: JsonValue | undefined): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}
