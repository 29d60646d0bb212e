import type { JsonObject, JsonValue } from '../../../platform/kernel/json.js';
import { renameKey } from '../definitions/json-edit.js';

// Pure edits of a form definition, keeping its parts consistent: the fields (`fields.properties`,
// `fields.required`), the layout (sections, widgets, placeholders) and the form rules (target fields
// and `var` paths in their expressions).

export type FieldJson = JsonObject & { type?: string };

type Form = JsonObject;

const objectAt = (value: JsonValue | undefined): JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
const listAt = (value: JsonValue | undefined): JsonValue[] => (Array.isArray(value) ? value : []);

/** Whether the form lays its fields out in sections (then their order is the sections'). */
export const hasSections = (form: Form): boolean => listAt(objectAt(form.layout).sections).length > 0;

/**
 * The form's top-level fields in display order: as the layout's sections list them, then the rest.
 * (Object keys are no order to rely on: the server keeps definitions in jsonb, which sorts them.)
 */
export function fieldsOf(form: Form): { name: string; field: FieldJson }[] {
  const properties = objectAt(objectAt(form.fields).properties);
  const listed = listAt(objectAt(form.layout).sections)
    .flatMap((section) => listAt(objectAt(section).fields))
    .filter((name): name is string => typeof name === 'string' && Object.hasOwn(properties, name));
  return [...new Set([...listed, ...Object.keys(properties)])].map((name) => ({
    name,
    field: objectAt(properties[name]) as FieldJson,
  }));
}

export const isRequired = (form: Form, name: string): boolean =>
  listAt(objectAt(form.fields).required).includes(name);

/** A path (`a`, `a.b`, `a[].c`) with its first step renamed, if it starts with `from`. */
export function renamePath(path: string, from: string, to: string): string {
  if (path === from) return to;
  for (const sep of ['.', '[]'])
    if (path.startsWith(`${from}${sep}`)) return `${to}${path.slice(from.length)}`;
  return path;
}

const touches = (path: unknown, name: string) =>
  typeof path === 'string' && renamePath(path, name, '\u0000') !== path;

/** `var` paths in an expression with the field renamed. */
export function renameVars(logic: JsonValue, from: string, to: string): JsonValue {
  if (Array.isArray(logic)) return logic.map((x) => renameVars(x, from, to));
  if (logic === null || typeof logic !== 'object') return logic;
  const keys = Object.keys(logic);
  if (keys.length === 1 && keys[0] === 'var') {
    const arg = logic.var as JsonValue;
    if (typeof arg === 'string') return { var: renamePath(arg, from, to) };
    if (Array.isArray(arg) && typeof arg[0] === 'string')
      return { var: [renamePath(arg[0], from, to), ...arg.slice(1)] };
  }
  return Object.fromEntries(Object.entries(logic).map(([k, v]) => [k, renameVars(v, from, to)]));
}

function withFields(form: Form, change: (fields: JsonObject) => JsonObject): Form {
  return { ...form, fields: change(objectAt(form.fields)) };
}

function mapLayout(form: Form, change: (layout: JsonObject) => JsonObject): Form {
  if (form.layout === undefined) return form;
  return { ...form, layout: change(objectAt(form.layout)) };
}

const renameKeysByPath = (map: JsonValue | undefined, from: string, to: string): JsonObject | undefined =>
  map === undefined
    ? undefined
    : Object.fromEntries(Object.entries(objectAt(map)).map(([k, v]) => [renamePath(k, from, to), v]));

/** Renames a top-level field everywhere the form names it (a new id for the same data). */
export function renameField(form: Form, from: string, to: string): Form {
  if (from === to) return form;
  let next = withFields(form, (fields) => ({
    ...fields,
    properties: renameKey(objectAt(fields.properties), from, to),
    ...(fields.required !== undefined
      ? { required: listAt(fields.required).map((r) => (r === from ? to : r)) }
      : {}),
  }));
  next = mapLayout(next, (layout) => {
    const out: JsonObject = { ...layout };
    if (layout.sections !== undefined)
      out.sections = listAt(layout.sections).map((s) => {
        const section = objectAt(s);
        return { ...section, fields: listAt(section.fields).map((f) => (f === from ? to : f)) };
      });
    for (const key of ['widgets', 'placeholders']) {
      const renamed = renameKeysByPath(layout[key], from, to);
      if (renamed !== undefined) out[key] = renamed;
    }
    return out;
  });
  if (form.rules !== undefined)
    next.rules = listAt(form.rules).map((r) => {
      const rule = objectAt(r);
      const out: JsonObject = { ...rule };
      if (typeof rule.field === 'string') out.field = renamePath(rule.field, from, to);
      for (const key of ['when', 'value', 'allow'])
        if (rule[key] !== undefined) out[key] = renameVars(rule[key] as JsonValue, from, to);
      return out;
    });
  return next;
}

/** Removes a top-level field with its layout entries and the rules that act on it. */
export function removeField(form: Form, name: string): Form {
  let next = withFields(form, (fields) => {
    const properties = { ...objectAt(fields.properties) };
    delete properties[name];
    return {
      ...fields,
      properties,
      ...(fields.required !== undefined
        ? { required: listAt(fields.required).filter((r) => r !== name) }
        : {}),
    };
  });
  next = mapLayout(next, (layout) => {
    const out: JsonObject = { ...layout };
    if (layout.sections !== undefined)
      out.sections = listAt(layout.sections)
        .map((s) => {
          const section = objectAt(s);
          return { ...section, fields: listAt(section.fields).filter((f) => f !== name) };
        })
        .filter((s) => listAt(objectAt(s).fields).length > 0);
    for (const key of ['widgets', 'placeholders'])
      if (layout[key] !== undefined)
        out[key] = Object.fromEntries(
          Object.entries(objectAt(layout[key])).filter(([k]) => !touches(k, name)),
        );
    return out;
  });
  if (form.rules !== undefined)
    next.rules = listAt(form.rules).filter((r) => !touches(objectAt(r).field, name));
  return next;
}

/** Adds a field at the end (and to the last section, when the form has sections). */
export function addField(form: Form, name: string, field: FieldJson): Form {
  let next = withFields(form, (fields) => ({
    ...fields,
    properties: { ...objectAt(fields.properties), [name]: field },
  }));
  next = mapLayout(next, (layout) => {
    const sections = listAt(layout.sections);
    if (sections.length === 0) return layout;
    const last = objectAt(sections[sections.length - 1]);
    return {
      ...layout,
      sections: [...sections.slice(0, -1), { ...last, fields: [...listAt(last.fields), name] }],
    };
  });
  return next;
}

/**
 * Moves a field one place up (-1) or down (+1) in the layout's sections; past the edge of its
 * section it moves into the neighbouring one. Forms without sections have no order to change.
 */
export function moveField(form: Form, name: string, delta: -1 | 1): Form {
  const sections = listAt(objectAt(form.layout).sections).map((x) => objectAt(x));
  const s = sections.findIndex((section) => listAt(section.fields).includes(name));
  if (s < 0) return form;
  const fieldsOfSection = sections.map((section) => [...listAt(section.fields)]);
  const list = fieldsOfSection[s] as JsonValue[];
  const i = list.indexOf(name);
  const j = i + delta;
  if (j >= 0 && j < list.length) {
    [list[i], list[j]] = [list[j] as JsonValue, list[i] as JsonValue];
  } else {
    const t = s + delta;
    if (t < 0 || t >= sections.length || list.length === 1) return form;
    list.splice(i, 1);
    const target = fieldsOfSection[t] as JsonValue[];
    if (delta < 0) target.push(name);
    else target.unshift(name);
  }
  return mapLayout(form, (layout) => ({
    ...layout,
    sections: sections.map((section, k) => ({ ...section, fields: fieldsOfSection[k] as JsonValue[] })),
  }));
}

/** Replaces a field's definition, and whether it is always required. */
export function setField(form: Form, name: string, field: FieldJson, required: boolean): Form {
  return withFields(form, (fields) => {
    const list = listAt(fields.required).filter((r) => r !== name);
    const out: JsonObject = { ...fields, properties: { ...objectAt(fields.properties), [name]: field } };
    if (required) out.required = [...list, name];
    else if (list.length > 0) out.required = list;
    else delete out.required;
    return out;
  });
}

/** The widget chosen for a field in the layout, if any. */
export const widgetOf = (form: Form, name: string): string | undefined => {
  const w = objectAt(objectAt(form.layout).widgets)[name];
  return typeof w === 'string' ? w : undefined;
};

/** Sets (or clears) the widget of a field. */
export function setWidget(form: Form, name: string, widget: string | undefined): Form {
  const layout = objectAt(form.layout);
  const widgets = { ...objectAt(layout.widgets) };
  if (widget === undefined) delete widgets[name];
  else widgets[name] = widget;
  const nextLayout: JsonObject = { ...layout };
  if (Object.keys(widgets).length > 0) nextLayout.widgets = widgets;
  else delete nextLayout.widgets;
  const next: Form = { ...form };
  if (Object.keys(nextLayout).length > 0) next.layout = nextLayout;
  else delete next.layout;
  return next;
}

/** The form rules that act on a field (by index in `rules`). */
export function rulesOf(form: Form, name: string): { index: number; rule: JsonObject }[] {
  return listAt(form.rules)
    .map((r, index) => ({ index, rule: objectAt(r) }))
    .filter(({ rule }) => touches(rule.field, name));
}
