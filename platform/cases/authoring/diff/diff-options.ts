import type { Option, Options } from '../../../definitions/definition-types.generated.js';
import { appendPointer } from '../../../kernel/json-pointer.js';
import type { FieldUse } from '../authoring-store.js';
import { diffByKey, same } from './by-key.js';
import { type DefinitionDiff, named, say } from './change.js';

const USED_BY: readonly [string, string] = ['used by {n} open case', 'used by {n} open cases'];

/** Where options are and who uses them, for the sentences and the impact of a change. */
export type OptionSite = {
  readonly pointer: string;
  /** "IAP step status in Individual action plan". */
  readonly what: string;
  /** Fields whose data holds these options (for impact); empty when no case data does. */
  readonly uses: readonly FieldUse[];
};

const valueKey = (o: Option) => JSON.stringify(o.value);

function diffLists(d: DefinitionDiff, at: OptionSite, before: Option[], after: Option[]): void {
  const label = (o: Option) => say(d.scope, o.label, String(o.value));
  const diff = diffByKey(before, after, valueKey);
  for (const { item, index } of diff.removed)
    d.add(
      'option_removed',
      appendPointer(at.pointer, index),
      `Option ${named(String(item.value), label(item))} removed from ${at.what}`,
      { value: item.value },
      at.uses.length > 0
        ? { query: { type: 'facts', uses: at.uses, value: item.value }, phrase: USED_BY }
        : undefined,
    );
  for (const { item, index } of diff.added)
    d.add(
      'option_added',
      appendPointer(at.pointer, index),
      `Option ${named(String(item.value), label(item))} added to ${at.what}`,
      { value: item.value },
    );
  for (const { before: old, after: now } of diff.changed) {
    const pointer = appendPointer(at.pointer, now.index);
    if (!same(old.item.label, now.item.label))
      d.add(
        'option_relabelled',
        pointer,
        `Option "${String(now.item.value)}" of ${at.what} relabelled "${label(old.item)}" → "${label(now.item)}"`,
        { value: now.item.value },
      );
    if ((old.item.deprecated ?? false) !== (now.item.deprecated ?? false))
      d.add(
        now.item.deprecated ? 'option_deprecated' : 'option_undeprecated',
        pointer,
        `Option "${String(now.item.value)}" of ${at.what} ${now.item.deprecated ? 'deprecated' : 'offered again'}`,
        { value: now.item.value },
      );
  }
}

/** Compares two option sets: inline lists option by option, otherwise which lookup they come from. */
export function diffOptions(
  d: DefinitionDiff,
  at: OptionSite,
  before: Options | undefined,
  after: Options | undefined,
): void {
  if (Array.isArray(before) && Array.isArray(after)) {
    diffLists(d, at, before, after);
    return;
  }
  if (same(before, after)) return;
  const source = (o: Options | undefined) =>
    o === undefined ? 'none' : Array.isArray(o) ? 'its own list' : `lookup "${o.lookup}"`;
  // Where the options come from, for a UI to say: `none`, `list` (its own) or `lookup` (`…Lookup`).
  const kind = (o: Options | undefined) => (o === undefined ? 'none' : Array.isArray(o) ? 'list' : 'lookup');
  const lookup = (o: Options | undefined) => (o === undefined || Array.isArray(o) ? null : o.lookup);
  d.add(
    'options_source_changed',
    at.pointer,
    `Options of ${at.what} now come from ${source(after)} (were ${source(before)})`,
    { from: kind(before), to: kind(after), fromLookup: lookup(before), toLookup: lookup(after) },
    at.uses.length > 0 ? { query: { type: 'facts', uses: at.uses }, phrase: USED_BY } : undefined,
  );
}
