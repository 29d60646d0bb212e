import { canonicalJson } from '../../kernel/canonical-json.js';
import type { FieldProblem } from '../../kernel/errors.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../../kernel/json.js';
import { appendPointer, pointer } from '../../kernel/json-pointer.js';
import { CHILDREN, HELD_FIELDS, HSDS_TABLES, type HsdsRow, type IndexedRow, text } from './hsds-tables.js';

/** An uploaded HSDS document, read: its records by table, the Pathway extension, and what is wrong. */
export type HsdsRead = {
  readonly tables: Map<string, IndexedRow[]>;
  /** The document's own `pathway` object (export language, site), if any. */
  readonly extension: JsonObject | undefined;
  /** Top-level properties that are neither tables nor the extension. */
  readonly unknown: readonly string[];
  readonly problems: FieldProblem[];
};

/** Top-level names read as tables: the tabular names, their plurals, and an API page's `contents`. */
const TOP_LEVEL: ReadonlyMap<string, string> = new Map([
  ...HSDS_TABLES.map((t) => [t, t] as const),
  ...HSDS_TABLES.map((t) => [`${t}s`, t] as const),
  ['contents', 'service'],
]);

type Reader = HsdsRead & { readonly seen: Map<string, Map<string, IndexedRow>> };

const problem = (r: Reader, at: string, code: string, message: string) =>
  r.problems.push({ pointer: at, code, message });

function idOf(value: JsonObject): string | undefined {
  const id = value.id;
  return typeof id === 'string' && id.trim() !== '' ? id : typeof id === 'number' ? String(id) : undefined;
}

/** Adds a record (and the records nested in it) to its table; `link` names its parent. */
function addRow(
  r: Reader,
  table: string,
  value: JsonValue,
  at: string,
  link?: { field: string; id: string | undefined },
): string | undefined {
  if (!isJsonObject(value)) {
    problem(r, at, 'type', `A ${table} record must be an object.`);
    return undefined;
  }
  const id = idOf(value);
  if (id === undefined && table in HELD_FIELDS)
    problem(r, appendPointer(at, 'id'), 'required', `The ${table} has no id.`);
  const row: HsdsRow = {};
  const children = CHILDREN[table] ?? {};
  for (const [key, child] of Object.entries(value)) {
    const spec = children[key];
    if (spec === undefined) {
      row[key] = child;
      continue;
    }
    const childAt = appendPointer(at, key);
    if (spec.parentKey !== undefined && !Array.isArray(child)) {
      if (child === null) continue;
      const childId = addRow(r, spec.table, child, childAt);
      if (childId !== undefined && value[spec.parentKey] === undefined) row[spec.parentKey] = childId;
    } else if (Array.isArray(child)) {
      child.forEach((item, i) =>
        addRow(r, spec.table, item, appendPointer(childAt, i), { field: spec.childKey ?? `${table}_id`, id }),
      );
    } else if (child !== null) problem(r, childAt, 'type', `"${key}" must be a list.`);
  }
  if (link?.id !== undefined) {
    const named = row[link.field];
    if (named === undefined || named === null || named === '') row[link.field] = link.id;
    else if (named !== link.id)
      problem(
        r,
        appendPointer(at, link.field),
        'conflict',
        `Nested under ${link.id}, but names ${String(named)}.`,
      );
  }
  return store(r, table, { row, pointer: at }, id);
}

/** Keeps one record per id: a repeat with the same content is the same record, another is an error. */
function store(r: Reader, table: string, entry: IndexedRow, id: string | undefined): string | undefined {
  const rows = r.tables.get(table) ?? [];
  r.tables.set(table, rows);
  if (id === undefined) {
    rows.push(entry);
    return undefined;
  }
  const byId = r.seen.get(table) ?? new Map<string, IndexedRow>();
  r.seen.set(table, byId);
  const earlier = byId.get(id);
  if (earlier === undefined) {
    byId.set(id, entry);
    rows.push(entry);
  } else if (canonicalJson(earlier.row) !== canonicalJson(entry.row))
    problem(
      r,
      appendPointer(entry.pointer, 'id'),
      'duplicate',
      `Another ${table} (${earlier.pointer}) has the id "${id}" with different content.`,
    );
  return id;
}

/** Checks that the records Pathway reads name records that exist. */
function checkReferences(r: Reader): void {
  const ids = (table: string) => r.seen.get(table) ?? new Map<string, IndexedRow>();
  const refs: [table: string, field: string, target: string][] = [
    ['service', 'organization_id', 'organization'],
    ['service_at_location', 'service_id', 'service'],
    ['service_at_location', 'location_id', 'location'],
    ['address', 'location_id', 'location'],
    ['accessibility', 'location_id', 'location'],
    ['phone', 'service_id', 'service'],
    ['language', 'service_id', 'service'],
    ['schedule', 'service_id', 'service'],
  ];
  for (const [table, field, target] of refs)
    for (const { row, pointer: at } of r.tables.get(table) ?? []) {
      const named = text(row, field);
      if (named !== undefined && !ids(target).has(named))
        problem(r, appendPointer(at, field), 'unknown_reference', `No ${target} has the id "${named}".`);
    }
  for (const { row, pointer: at } of r.tables.get('service') ?? []) {
    if (text(row, 'name') === undefined)
      problem(r, appendPointer(at, 'name'), 'required', 'The service has no name.');
    if (text(row, 'organization_id') === undefined)
      problem(r, appendPointer(at, 'organization_id'), 'required', 'The service names no organization.');
  }
  for (const { row, pointer: at } of r.tables.get('attribute') ?? []) {
    const term = text(row, 'taxonomy_term_id');
    if (
      ids('service').has(text(row, 'link_id') ?? '') &&
      term !== undefined &&
      !ids('taxonomy_term').has(term)
    )
      problem(
        r,
        appendPointer(at, 'taxonomy_term_id'),
        'unknown_reference',
        `No taxonomy_term has the id "${term}".`,
      );
  }
}

/**
 * Reads an uploaded HSDS 3.0 document: the tabular JSON form (`{"organization": […], "service":
 * […], …}`), or services in the nested API form (`{"contents": […]}`, `{"services": […]}`), or a mix.
 * Nested records are lifted into their tables with their parent's key; each keeps the JSON pointer
 * it was written at. Problems (not an object, missing ids, conflicting duplicates, references to
 * records that do not exist) point into the document.
 */
export function readHsds(document: unknown): HsdsRead {
  const r: Reader = { tables: new Map(), extension: undefined, unknown: [], problems: [], seen: new Map() };
  if (!isJsonObject(document)) {
    problem(r, '', 'type', 'An HSDS document is a JSON object of tables.');
    return r;
  }
  let extension: JsonObject | undefined;
  const unknown: string[] = [];
  for (const [key, value] of Object.entries(document)) {
    const table = TOP_LEVEL.get(key);
    if (key === 'pathway') {
      if (isJsonObject(value)) extension = value;
      else problem(r, pointer(key), 'type', '"pathway" must be an object.');
    } else if (table === undefined) unknown.push(key);
    else if (!Array.isArray(value)) problem(r, pointer(key), 'type', `"${key}" must be a list of records.`);
    else value.forEach((item, i) => addRow(r, table, item, pointer(key, i)));
  }
  if ((r.tables.get('service') ?? []).length === 0 && r.problems.length === 0)
    problem(r, '', 'required', 'The document holds no services.');
  checkReferences(r);
  return { tables: r.tables, extension, unknown, problems: r.problems };
}
