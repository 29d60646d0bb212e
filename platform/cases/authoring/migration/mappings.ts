import { PlatformError } from '../../../kernel/errors.js';
import { isJsonObject, type JsonObject } from '../../../kernel/json.js';

type Scalar = string | number | boolean;

/** A field renamed in a form (`disability_group` → `disability_category`, `steps[].state` → `steps[].status`). */
export type FieldMapping = { readonly form: string; readonly from: string; readonly to: string };
/** An option value replaced in a form's field. */
export type OptionMapping = {
  readonly form: string;
  readonly field: string;
  readonly from: Scalar;
  readonly to: Scalar;
};

/** How the data and workflow state of a case map from one version to the next. */
export type Mappings = {
  readonly fields: readonly FieldMapping[];
  readonly options: readonly OptionMapping[];
  /** Old stage id → new stage id. */
  readonly stages: Readonly<Record<string, string>>;
  /** Old task, review or approval id → new id. */
  readonly tasks: Readonly<Record<string, string>>;
};

const bad = (pointer: string, message: string) =>
  new PlatformError('bad_request', message, { fields: [{ pointer, code: 'invalid', message }] });

const isScalar = (v: unknown): v is Scalar => ['string', 'number', 'boolean'].includes(typeof v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function list<T>(value: unknown, pointer: string, item: (v: JsonObject, at: string) => T): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw bad(pointer, 'Must be a list.');
  return value.map((v, i) => {
    if (!isJsonObject(v)) throw bad(`${pointer}/${i}`, 'Must be an object.');
    return item(v, `${pointer}/${i}`);
  });
}

function renames(value: unknown, pointer: string): Record<string, string> {
  if (value === undefined) return {};
  if (!isJsonObject(value) || !Object.values(value).every(isText))
    throw bad(pointer, 'Must map old ids to new ids.');
  return value as Record<string, string>;
}

/** `[]` marks an array item; a rename keeps the field in the group it is in. */
const parentOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('.')));

/** Reads mappings from a request, refusing (400, with pointers) what is malformed. */
export function parseMappings(value: unknown, pointer = '/mappings'): Mappings {
  if (value === undefined || value === null) return { fields: [], options: [], stages: {}, tasks: {} };
  if (!isJsonObject(value)) throw bad(pointer, 'Mappings must be an object.');
  const fields = list(value.fields, `${pointer}/fields`, (v, at) => {
    if (!isText(v.form) || !isText(v.from) || !isText(v.to)) throw bad(at, 'Give "form", "from" and "to".');
    if (parentOf(v.from) !== parentOf(v.to))
      throw bad(`${at}/to`, 'A field can be renamed within its group only.');
    return { form: v.form, from: v.from, to: v.to };
  });
  const options = list(value.options, `${pointer}/options`, (v, at) => {
    if (!isText(v.form) || !isText(v.field) || !isScalar(v.from) || !isScalar(v.to))
      throw bad(at, 'Give "form", "field", "from" and "to".');
    return { form: v.form, field: v.field, from: v.from, to: v.to };
  });
  return {
    fields,
    options,
    stages: renames(value.stages, `${pointer}/stages`),
    tasks: renames(value.tasks, `${pointer}/tasks`),
  };
}

/** What a version accepts, to undo only the parts of a mapping it needs undone. */
export type AcceptedIds = {
  hasField(form: string, path: string): boolean;
  hasOption(form: string, field: string, value: string | number | boolean): boolean;
  hasStage(id: string): boolean;
  hasTask(id: string): boolean;
};

const inverse = (map: Readonly<Record<string, string>>, keep: (newId: string) => boolean) =>
  Object.fromEntries(Object.entries(map).flatMap(([from, to]) => (keep(to) ? [[to, from]] : [])));

/**
 * The mappings that undo `m` when moving cases back to a version that `accepts` what it accepts.
 * Only what that version does not accept is mapped back: a renamed field or stage, an option value
 * it lacks. A value it still accepts stays, because several old values may have been mapped onto
 * it and mapping it back would change cases that always had it.
 */
export function invertMappings(m: Mappings, accepts: AcceptedIds): Mappings {
  return {
    fields: m.fields
      .filter((f) => !accepts.hasField(f.form, f.to))
      .map((f) => ({ ...f, from: f.to, to: f.from })),
    options: m.options
      .filter((o) => !accepts.hasOption(o.form, o.field, o.to))
      .map((o) => ({ ...o, from: o.to, to: o.from })),
    stages: inverse(m.stages, (id) => !accepts.hasStage(id)),
    tasks: inverse(m.tasks, (id) => !accepts.hasTask(id)),
  };
}

/** Mappings as plain JSON, for the run's row and each case's history. */
export const mappingsJson = (m: Mappings): JsonObject => JSON.parse(JSON.stringify(m)) as JsonObject;
