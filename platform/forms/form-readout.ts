import type { SiteBundle } from '../definitions/site-bundle.js';
import { isIsoDate } from '../kernel/dates.js';
import { isJsonObject } from '../kernel/json.js';
import { appendPointer } from '../kernel/json-pointer.js';
import { compiledForm } from './compiled-form.js';
import type { FieldNode } from './field-tree.js';
import { formMessage } from './form-messages.js';
import { type FormText, formText } from './form-text.js';
import type { ReadoutLine } from './form-types.js';
import { jsonEqual } from './json-equal.js';

type Readout = {
  readonly text: FormText;
  readonly locale: string;
  readonly timeZone: string;
  readonly lines: ReadoutLine[];
};

function intlLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

function scalarText(r: Readout, node: FieldNode, value: unknown): string {
  const option = node.options?.find((o) => jsonEqual(o.value, value));
  if (option !== undefined) return r.text.text(option.label) ?? String(value);
  if (typeof value === 'boolean')
    return formMessage(value ? 'yes' : 'no', r.text.locale, {}, r.text.fallbacks);
  if (typeof value === 'number') return new Intl.NumberFormat(r.locale).format(value);
  if (node.field.format === 'date' && isIsoDate(value))
    return new Intl.DateTimeFormat(r.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${value}T00:00:00Z`),
    );
  if (node.field.format === 'date-time' && typeof value === 'string' && !Number.isNaN(Date.parse(value)))
    return new Intl.DateTimeFormat(r.locale, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: r.timeZone,
    }).format(new Date(value));
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function label(r: Readout, node: FieldNode, fallback: string): string {
  return r.text.text(node.field.title) ?? fallback;
}

function fieldLines(r: Readout, node: FieldNode, name: string, value: unknown, ptr: string, depth: number) {
  if (value === undefined || value === null) return;
  const title = label(r, node, name);
  if (node.kind === 'object' && isJsonObject(value)) {
    r.lines.push({ pointer: ptr, depth, label: title, value: '' });
    objectLines(r, node, value, ptr, depth + 1, [...node.children.keys()]);
  } else if (node.kind === 'array' && Array.isArray(value) && node.item?.kind === 'object') {
    r.lines.push({ pointer: ptr, depth, label: title, value: '' });
    value.forEach((item, i) => {
      const at = appendPointer(ptr, i);
      r.lines.push({ pointer: at, depth: depth + 1, label: `${title} ${i + 1}`, value: '' });
      if (isJsonObject(item))
        objectLines(r, node.item as FieldNode, item, at, depth + 2, [
          ...(node.item as FieldNode).children.keys(),
        ]);
    });
  } else if (Array.isArray(value)) {
    const item = node.item ?? node;
    r.lines.push({
      pointer: ptr,
      depth,
      label: title,
      value: value.map((v) => scalarText(r, item, v)).join(', '),
    });
  } else r.lines.push({ pointer: ptr, depth, label: title, value: scalarText(r, node, value) });
}

function objectLines(
  r: Readout,
  node: FieldNode,
  value: Record<string, unknown>,
  ptr: string,
  depth: number,
  order: string[],
) {
  for (const name of order) {
    const child = node.children.get(name);
    if (child !== undefined) fieldLines(r, child, name, value[name], appendPointer(ptr, name), depth);
  }
}

/**
 * Submitted data as ordered label/value lines for printable client copies and read-only views:
 * fields in layout order (sections, then the rest), options by their label, yes/no for booleans,
 * dates and numbers formatted for `locale`; groups and repeat items become heading lines.
 * Absent values and fields the form does not know are left out.
 * @throws PlatformError `not_found` when the bundle has no form `formId`.
 */
export function formReadout(
  bundle: SiteBundle,
  formId: string,
  data: unknown,
  locale: string,
): ReadoutLine[] {
  const cf = compiledForm(bundle, formId);
  const text = formText(bundle, locale);
  const r: Readout = { text, locale: intlLocale(locale), timeZone: bundle.site.timeZone ?? 'UTC', lines: [] };
  if (!isJsonObject(data)) return r.lines;
  const placed = (cf.form.layout?.sections ?? []).flatMap((s) => s.fields);
  const order = [...new Set([...placed, ...cf.tree.root.children.keys()])];
  objectLines(r, cf.tree.root, data, '', 0, order);
  return r.lines;
}
