import type { JsonValue } from '../../../platform/kernel/json.js';
import { formatMessage } from '../../../runtime-ui/src/common/message-table.js';
import type { UiLocale } from '../../../runtime-ui/src/common/ui-locales.js';
import type { CountedChange } from '../api/admin-types.js';
import { CHANGE_PHRASES, IMPACT_PHRASES, OPTION_SOURCES } from './change-phrases.js';

/** Names of a site's things by id, in the user's language (ids where they are unknown). */
export type ChangeNames = {
  readonly setting: (id: string) => string;
  readonly stage: (id: string) => string;
  readonly task: (id: string) => string;
  readonly review: (id: string) => string;
  readonly role: (id: string) => string;
  readonly partner: (id: string) => string;
};

export const ID_NAMES: ChangeNames = {
  setting: (id) => id,
  stage: (id) => id,
  task: (id) => id,
  review: (id) => id,
  role: (id) => id,
  partner: (id) => id,
};

const NAMED = ['setting', 'stage', 'task', 'review', 'role', 'partner'] as const;

const text = (value: JsonValue | undefined): string =>
  value === undefined || value === null
    ? '—'
    : Array.isArray(value)
      ? value.map(text).join(', ')
      : String(value);

/** The codes of the phrases that say changes of a server code (a flag in the params picks between two). */
export function phraseCodes(code: string): readonly string[] {
  return code === 'field_required_changed' ? ['field_required_now', 'field_required_no_longer'] : [code];
}

/** The code whose phrase says a change. */
function codeOf(change: CountedChange): string {
  if (change.code === 'field_required_changed')
    return change.params.required === true ? 'field_required_now' : 'field_required_no_longer';
  return change.code;
}

/** Where options come from (`none`, `list`, `lookup` with the lookup's id), in the user's language. */
function optionSource(kind: JsonValue | undefined, lookup: JsonValue | undefined, locale: UiLocale): string {
  const key = typeof kind === 'string' && Object.hasOwn(OPTION_SOURCES, kind) ? kind : 'none';
  return formatMessage(OPTION_SOURCES, key, locale, { lookup: text(lookup) });
}

/**
 * A change of the semantic diff in the user's language, from its code and params; the server's
 * own (English) sentence for codes this UI does not phrase.
 */
export function phraseChange(change: CountedChange, locale: UiLocale, names: ChangeNames = ID_NAMES): string {
  const code = codeOf(change);
  if (!Object.hasOwn(CHANGE_PHRASES, code)) return change.text;
  const params: Record<string, string> = { definition: change.definition || change.definitionId };
  for (const [key, value] of Object.entries(change.params)) params[key] = text(value);
  for (const key of NAMED) {
    const id = change.params[key];
    if (typeof id === 'string') params[key] = names[key](id);
  }
  if (Array.isArray(change.params.gained))
    params.gained = change.params.gained.map((p) => `+${String(p)}`).join(' ');
  if (Array.isArray(change.params.lost))
    params.lost = change.params.lost.map((p) => `−${String(p)}`).join(' ');
  if (code === 'initial_stage_changed')
    for (const key of ['from', 'to'] as const) params[key] = names.stage(text(change.params[key]));
  if (code === 'options_source_changed') {
    params.from = optionSource(change.params.from, change.params.fromLookup, locale);
    params.to = optionSource(change.params.to, change.params.toLookup, locale);
  }
  return formatMessage(CHANGE_PHRASES, code, locale, params);
}

/** Which impact phrase says a change's count: by the kind of impact query, and the code where it says more. */
export function impactKey(change: CountedChange): keyof typeof IMPACT_PHRASES | undefined {
  const type = change.impact?.type;
  if (type === 'open_tasks') return change.code === 'approval_removed' ? 'open_approvals' : 'open_tasks';
  if (type === 'review') {
    if (change.code === 'review_removed') return 'review_scheduled';
    return change.params.earlier === true ? 'review_earlier' : 'review_later';
  }
  return type !== undefined && Object.hasOwn(IMPACT_PHRASES, type)
    ? (type as keyof typeof IMPACT_PHRASES)
    : undefined;
}

/**
 * What a change touches today with its count (`n`, already formatted), in the user's language;
 * undefined when the change has no count or no phrase for its kind of impact.
 */
export function phraseImpact(change: CountedChange, locale: UiLocale, n: string): string | undefined {
  if (change.affected === null) return undefined;
  const key = impactKey(change);
  return key === undefined ? undefined : formatMessage(IMPACT_PHRASES, key, locale, { n });
}
