import type { FormDefinition, FormRule } from '../../../definitions/definition-types.generated.js';
import { appendPointer } from '../../../kernel/json-pointer.js';
import type { FieldUse } from '../authoring-store.js';
import { changedKeys, diffByKey, same } from './by-key.js';
import { type ChangeImpact, type DefinitionDiff, named, say } from './change.js';
import { diffOptions } from './diff-options.js';
import { type FieldEntry, formFields, optionsOf, optionsPointer } from './form-fields.js';

const FILLED_IN: readonly [string, string] = ['filled in {n} open case', 'filled in {n} open cases'];
const STRUCTURE = ['properties', 'items', 'title', 'options', 'type', 'required'];

type FormScope = { d: DefinitionDiff; formId: string; uses: (e: FieldEntry) => FieldUse[] };

function filled(s: FormScope, e: FieldEntry): ChangeImpact | undefined {
  const uses = s.uses(e);
  return uses.length > 0 ? { query: { type: 'facts', uses }, phrase: FILLED_IN } : undefined;
}

const title = (s: FormScope, e: FieldEntry) => say(s.d.scope, e.field.title, e.path);
const parentOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('.')));
/** The field a nested field belongs to (`steps` for `steps[].status`), '' at the top. */
const ownerOf = (path: string) => parentOf(path).replace(/\[\]$/, '');
const cap = (text: string) => `${text.slice(0, 1).toUpperCase()}${text.slice(1)}`;

/** Pairs removed and added fields that look like one field renamed: same place, type and options or title. */
function renameCandidates(removed: FieldEntry[], added: FieldEntry[]): [FieldEntry, FieldEntry][] {
  const pairs: [FieldEntry, FieldEntry][] = [];
  const free = new Set(added);
  for (const r of removed) {
    const match = [...free].find(
      (a) =>
        parentOf(a.path) === parentOf(r.path) &&
        a.field.type === r.field.type &&
        ((optionsOf(r.field) !== undefined && same(optionsOf(a.field), optionsOf(r.field))) ||
          same(a.field.title, r.field.title)),
    );
    if (match === undefined) continue;
    free.delete(match);
    pairs.push([r, match]);
  }
  return pairs;
}

function fieldsAddedRemoved(s: FormScope, a: Map<string, FieldEntry>, b: Map<string, FieldEntry>): void {
  const { d } = s;
  const removed = [...a.values()].filter((e) => !b.has(e.path));
  const added = [...b.values()].filter((e) => !a.has(e.path));
  const pairs = renameCandidates(removed, added);
  const paired = new Set(pairs.flat());
  for (const [r, n] of pairs)
    d.add(
      'field_renamed_candidate',
      n.pointer,
      `Field "${r.path}" of ${d.name} replaced by "${n.path}" (${title(s, n)}) — renamed? Map it when migrating`,
      { from: r.path, to: n.path },
      filled(s, r),
    );
  // A field removed with the field it belongs to is said once, of the outer field.
  const top = (other: Map<string, FieldEntry>) => (e: FieldEntry) =>
    !paired.has(e) && (ownerOf(e.path) === '' || other.has(ownerOf(e.path)));
  for (const r of removed.filter(top(b)))
    d.add(
      'field_removed',
      r.pointer,
      `Field ${named(r.path, title(s, r))} removed from ${d.name}`,
      { field: r.path },
      filled(s, r),
    );
  for (const n of added.filter(top(a)))
    d.add('field_added', n.pointer, `Field ${named(n.path, title(s, n))} added to ${d.name}`, {
      field: n.path,
    });
}

function fieldChanged(s: FormScope, old: FieldEntry, now: FieldEntry): void {
  const { d } = s;
  const what = `field "${now.path}" of ${d.name}`;
  if (old.field.type !== now.field.type)
    d.add(
      'field_type_changed',
      now.pointer,
      `Type of ${what}: ${old.field.type} → ${now.field.type}`,
      { field: now.path, from: old.field.type, to: now.field.type },
      filled(s, old),
    );
  if (old.required !== now.required)
    d.add(
      'field_required_changed',
      now.pointer,
      `${cap(what)} is ${now.required ? 'now required' : 'no longer required'}`,
      { field: now.path, required: now.required },
    );
  if (!same(old.field.title, now.field.title))
    d.add(
      'field_relabelled',
      now.pointer,
      `${cap(what)} relabelled "${title(s, old)}" → "${title(s, now)}"`,
      { field: now.path },
    );
  const other = changedKeys(old.field, now.field, STRUCTURE);
  if (other.length > 0)
    d.add('field_changed', now.pointer, `${cap(what)}: ${other.join(', ')} changed`, {
      field: now.path,
      properties: other,
    });
  diffOptions(
    d,
    { pointer: optionsPointer(now), what: `${title(s, now)} in ${d.name}`, uses: s.uses(old) },
    optionsOf(old.field),
    optionsOf(now.field),
  );
}

function describeRule(rule: FormRule): string {
  return `${rule.effect}${rule.field ? ` ${rule.field}` : ''}`;
}

function formRules(d: DefinitionDiff, a: FormDefinition, b: FormDefinition): void {
  const key = (r: FormRule, i: number) => r.id ?? `#${i + 1}`;
  const diff = diffByKey(a.rules, b.rules, key);
  const at = (index: number) => appendPointer('/rules', index);
  for (const { item, index } of diff.removed)
    d.add(
      'form_rule_removed',
      at(index),
      `Form rule ${key(item, index)} (${describeRule(item)}) removed from ${d.name}`,
      { rule: key(item, index) },
    );
  for (const { item, index } of diff.added)
    d.add(
      'form_rule_added',
      at(index),
      `Form rule ${key(item, index)} (${describeRule(item)}) added to ${d.name}`,
      { rule: key(item, index) },
    );
  for (const { key: k, after } of diff.changed)
    d.add(
      'form_rule_changed',
      at(after.index),
      `Form rule ${k} (${describeRule(after.item)}) of ${d.name} changed`,
      { rule: k },
    );
}

/** Fields (added, removed, renamed?, retyped, required, relabelled, options) and form rules. */
export function diffForm(d: DefinitionDiff, formId: string, a: FormDefinition, b: FormDefinition): string[] {
  // Only case forms live in `cases.facts`; person and referral data is counted elsewhere.
  const inFacts = (a.subject ?? 'case') === 'case';
  const s: FormScope = { d, formId, uses: (e) => (inFacts ? [{ form: formId, path: e.segments }] : []) };
  const fa = formFields(a);
  const fb = formFields(b);
  fieldsAddedRemoved(s, fa, fb);
  for (const [path, old] of fa) {
    const now = fb.get(path);
    if (now !== undefined && !same(old, now)) fieldChanged(s, old, now);
  }
  formRules(d, a, b);
  return ['fields', 'rules'];
}
