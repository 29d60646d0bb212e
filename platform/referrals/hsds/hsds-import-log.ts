import { appendPointer } from '../../kernel/json-pointer.js';
import { EXTENSION } from './hsds-extension.js';
import { HELD_FIELDS, type HsdsTables, hasValue, type IndexedRow, text } from './hsds-tables.js';

/** What an import says about the uploaded document besides the services it makes. */
export type ImportNoteCode =
  /** A field or record Pathway has no place for: not imported. */
  | 'not_held'
  /** A record no imported service uses. */
  | 'unused'
  /** An organization that is not a partner of the site: its services are off-system providers. */
  | 'not_a_partner'
  /** An organization matched to a partner whose details in the site definition differ. */
  | 'partner_differs'
  /** A value read approximately (a status Pathway does not have, a free-text accessibility feature). */
  | 'mapped'
  /** A service's id was made from its name, or changed to stay unique. */
  | 'new_id'
  /** A text changed in the document's language: its other translations must be written again. */
  | 'retranslate'
  /** Something Pathway requires is missing: the draft will not pass the check until it is added. */
  | 'missing';

/** One remark on the upload, located by JSON pointers into it (the first, and all when several). */
export type ImportNote = {
  readonly code: ImportNoteCode;
  readonly pointer: string;
  readonly pointers: readonly string[];
  /** `table.field` (or the table) for `not_held`. */
  readonly field?: string;
  /** The Pathway service it concerns, when one. */
  readonly service?: string;
  readonly message: string;
};

/** The upload's records by table and id, by the key naming their parent, and what has been read. */
export class HsdsImportLog {
  private readonly used = new Set<IndexedRow>();
  private readonly notes = new Map<string, ImportNote>();

  constructor(readonly tables: HsdsTables) {}

  rows(table: string): readonly IndexedRow[] {
    return this.tables.get(table) ?? [];
  }

  byId(table: string, id: string | undefined): IndexedRow | undefined {
    return id === undefined ? undefined : this.rows(table).find((e) => text(e.row, 'id') === id);
  }

  /** The records of `table` whose `key` names `id` (the phones of a service …), in document order. */
  under(table: string, key: string, id: string): IndexedRow[] {
    return this.rows(table).filter((e) => text(e.row, key) === id);
  }

  /** Marks a record read; its fields outside `held` that have a value are noted as not held. */
  use(entry: IndexedRow, table: string, held: readonly string[] = HELD_FIELDS[table] ?? []): void {
    if (this.used.has(entry)) return;
    this.used.add(entry);
    for (const [field, value] of Object.entries(entry.row))
      if (field !== EXTENSION && !held.includes(field) && hasValue(value))
        this.notHeld(`${table}.${field}`, appendPointer(entry.pointer, field));
  }

  /** Notes a field (or a whole record, `field` being its table) that Pathway does not hold. */
  notHeld(field: string, pointer: string, why = 'Pathway has no place for it; not imported.'): void {
    this.add({ code: 'not_held', field, pointer, message: `${field}: ${why}` }, `not_held:${field}`);
  }

  /** Adds a note; notes with the same key are one note listing every place. */
  add(note: Omit<ImportNote, 'pointers'>, key = `${note.code}:${note.service ?? ''}:${note.message}`): void {
    const earlier = this.notes.get(key);
    if (earlier === undefined) this.notes.set(key, { ...note, pointers: [note.pointer] });
    else if (!earlier.pointers.includes(note.pointer))
      this.notes.set(key, { ...earlier, pointers: [...earlier.pointers, note.pointer] });
  }

  /** Every note, after noting the records nobody read (tables Pathway holds nothing of, records no service uses). */
  finish(): ImportNote[] {
    for (const [table, rows] of this.tables)
      for (const entry of rows)
        if (this.used.has(entry)) continue;
        else if (table in HELD_FIELDS)
          this.add(
            { code: 'unused', pointer: entry.pointer, message: `${table}: not used by an imported service.` },
            `unused:${table}`,
          );
        else this.notHeld(table, entry.pointer, 'Pathway holds no such records; not imported.');
    return [...this.notes.values()];
  }
}
