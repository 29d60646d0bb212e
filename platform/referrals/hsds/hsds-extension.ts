import { isJsonObject, type JsonObject, type JsonValue } from '../../kernel/json.js';
import type { LocalizedText } from '../../kernel/localized-text.js';
import type { HsdsRow } from './hsds-tables.js';

/**
 * The property Pathway adds to HSDS records for what HSDS 3.0 has no field for. HSDS allows
 * additional properties as long as they are documented (`platform/referrals/README.md`, "HSDS").
 */
export const EXTENSION = 'pathway';

/** Version of the extension's layout, written on the document's own `pathway` object. */
export const EXTENSION_VERSION = 1;

/** The taxonomy of Pathway's service categories, named in exported taxonomy terms. */
export const CATEGORY_TAXONOMY = 'https://pathway.dev/hsds/taxonomy/service-categories';

/** Namespace of the name-based UUIDs of exported records: the UUID v5 of `https://pathway.dev/hsds` in the URL namespace. */
export const HSDS_NAMESPACE = 'cdbdb3ba-5e8a-5b9b-a1ea-9ec9560d9353';

/** The `pathway` object of a record, or an empty one. */
export function extensionOf(row: HsdsRow): JsonObject {
  const ext = row[EXTENSION];
  return isJsonObject(ext) ? ext : {};
}

/** `translations[locale][field]` of a record's extension: the texts in languages other than the document's. */
export function translationsOf(row: HsdsRow): Readonly<Record<string, Readonly<Record<string, string>>>> {
  const translations = extensionOf(row).translations;
  if (!isJsonObject(translations)) return {};
  const out: Record<string, Record<string, string>> = {};
  for (const [locale, fields] of Object.entries(translations)) {
    if (!isJsonObject(fields)) continue;
    const texts = Object.entries(fields).filter(([, v]) => typeof v === 'string' && v.trim() !== '');
    if (texts.length > 0) out[locale] = Object.fromEntries(texts) as Record<string, string>;
  }
  return out;
}

/**
 * A localized text from a record: the field's value in the document's language and its
 * translations from the extension. Undefined when there is no text at all.
 */
export function localizedField(row: HsdsRow, field: string, language: string): LocalizedText | undefined {
  const out: Record<string, string> = {};
  const main = row[field];
  if (typeof main === 'string' && main.trim() !== '') out[language] = main;
  for (const [locale, fields] of Object.entries(translationsOf(row))) {
    const value = fields[field];
    if (value !== undefined && locale !== language) out[locale] = value;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

/** Writes localized texts into a record: the document language in the field, the rest in `translations`. */
export class RowTexts {
  private readonly translations: Record<string, Record<string, string>> = {};

  constructor(
    private readonly row: HsdsRow,
    private readonly language: string,
  ) {}

  /** Sets `field` from `value` (HSDS wants some fields even when empty: `required` writes ''). */
  set(field: string, value: LocalizedText | undefined, required = false): void {
    const main = value?.[this.language];
    if (main !== undefined) this.row[field] = main;
    else if (required) this.row[field] = '';
    for (const [locale, t] of Object.entries(value ?? {}))
      if (locale !== this.language) this.translations[locale] = { ...this.translations[locale], [field]: t };
  }

  /** The translations collected, for the extension; undefined when there are none. */
  collected(): JsonObject | undefined {
    return Object.keys(this.translations).length === 0 ? undefined : this.translations;
  }
}

/** Adds the extension object to a record when it has anything to say (keys in the given order). */
export function withExtension(row: HsdsRow, ext: Readonly<Record<string, JsonValue | undefined>>): HsdsRow {
  const present = Object.entries(ext).filter(([, v]) => v !== undefined) as [string, JsonValue][];
  return present.length === 0 ? row : { ...row, [EXTENSION]: Object.fromEntries(present) };
}
