import type { SiteDefinition } from '../../definitions/definition-types.generated.js';
import { isJsonObject, type JsonObject } from '../../kernel/json.js';
import { normalizeName } from '../../kernel/normalize-name.js';
import { extensionOf } from './hsds-extension.js';
import { HsdsImportLog, type ImportNote } from './hsds-import-log.js';
import type { IndexedRow } from './hsds-tables.js';
import { text } from './hsds-tables.js';
import { mergeService } from './merge-service.js';
import type { HsdsRead } from './read-hsds.js';
import { serviceFromHsds } from './service-from-hsds.js';

/** A definition id, as the definition language allows (`common.schema.json#/$defs/id`). */
const ID = /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isId = (value: unknown): value is string =>
  typeof value === 'string' && ID.test(value) && value.length <= 64;

/** How an imported service found its Pathway id. */
export type IdSource = 'pathway_id' | 'id' | 'name' | 'new';

/** One service of the upload as a Pathway service definition. */
export type ImportedService = {
  readonly id: string;
  readonly hsdsId: string;
  /** Where the service is in the upload. */
  readonly pointer: string;
  readonly idFrom: IdSource;
  /** Whether the site already has a service with this id (the import then merges into it). */
  readonly existed: boolean;
  readonly json: JsonObject;
};

export type HsdsImportOptions = {
  readonly site: SiteDefinition;
  /** The site's services as they stand (published, with drafts applied), by id. */
  readonly existing: Readonly<Record<string, JsonObject>>;
  /** The language of the document's texts. */
  readonly language: string;
};

/** An id made from a name: folded to Latin letters and digits, words joined by hyphens, at most 64 characters. */
export function idFromName(name: string): string {
  const words = normalizeName(name).split(' ').filter(Boolean);
  let id = '';
  for (const word of words) if (`${id}-${word}`.length <= 64) id = id === '' ? word : `${id}-${word}`;
  const fixed = /^[a-z]/.test(id) ? id : `service-${id}`.replace(/-$/, '');
  return fixed.slice(0, 64).replace(/[-_]+$/, '');
}

function nameOf(existing: JsonObject, language: string): string | undefined {
  const name = existing.name;
  return isJsonObject(name) && typeof name[language] === 'string' ? normalizeName(name[language]) : undefined;
}

/** The Pathway id of an uploaded service: its extension's, a readable HSDS id, an existing service's of the same name, or one made from its name. */
function idOf(
  entry: IndexedRow,
  options: HsdsImportOptions,
  taken: Set<string>,
): { id: string; idFrom: IdSource } {
  const { row } = entry;
  const declared = extensionOf(row).id;
  if (isId(declared) && !taken.has(declared)) return { id: declared, idFrom: 'pathway_id' };
  const hsdsId = text(row, 'id') ?? '';
  if (isId(hsdsId) && !UUID.test(hsdsId) && !taken.has(hsdsId)) return { id: hsdsId, idFrom: 'id' };
  const name = normalizeName(text(row, 'name') ?? '');
  const same = Object.entries(options.existing).find(
    ([id, json]) => !taken.has(id) && name !== '' && nameOf(json, options.language) === name,
  );
  if (same !== undefined) return { id: same[0], idFrom: 'name' };
  const base = idFromName(text(row, 'name') ?? 'service');
  let id = base;
  for (let n = 2; taken.has(id) || (options.existing[id] !== undefined && !isId(declared)); n++)
    id = `${base.slice(0, 60)}-${n}`;
  return { id, idFrom: 'new' };
}

/**
 * The services of an uploaded HSDS document as Pathway service definitions for `options.site`,
 * each merged into the site's service with the same id when there is one, with notes on what the
 * upload holds that Pathway does not (each located by JSON pointers into it). Pure: the caller
 * saves drafts.
 */
export function servicesFromHsds(
  read: HsdsRead,
  options: HsdsImportOptions,
): { services: ImportedService[]; notes: ImportNote[] } {
  const log = new HsdsImportLog(read.tables);
  const scope = { log, site: options.site, language: options.language };
  const taken = new Set<string>();
  const services: ImportedService[] = [];
  for (const entry of log.rows('service')) {
    const { id, idFrom } = idOf(entry, options, taken);
    taken.add(id);
    if (idFrom === 'new')
      log.add({
        code: 'new_id',
        service: id,
        pointer: `${entry.pointer}/id`,
        message: `New service "${id}", its id made from its name.`,
      });
    const before = options.existing[id];
    const merged = mergeService(before, serviceFromHsds(scope, entry, id), options.language);
    for (const path of merged.retranslate)
      log.add({
        code: 'retranslate',
        service: id,
        pointer: entry.pointer,
        message: `${id}${path}: the text changed; translate it again into the site's other languages.`,
      });
    services.push({
      id,
      hsdsId: text(entry.row, 'id') ?? '',
      pointer: entry.pointer,
      idFrom,
      existed: before !== undefined,
      json: merged.json,
    });
  }
  for (const key of read.unknown) log.notHeld(key, `/${key}`, 'not an HSDS table; not imported.');
  return { services, notes: log.finish() };
}
