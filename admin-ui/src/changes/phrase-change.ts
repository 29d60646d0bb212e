import type { JsonValue } from '../../../platform/kernel/json.js';
import { formatMessage } from '../../../runtime-ui/src/common/message-table.js';
import type { UiLocale } from '../../../runtime-ui/src/common/ui-locales.js';
import type { CountedChange } from '../api/admin-types.js';
import { CHANGE_PHRASES } from './change-phrases.js';

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

/** The code whose phrase says a change (a flag in the params picks between two). */
function codeOf(change: CountedChange): string {
  if (change.code === 'field_required_changed')
    return change.params.required === true ? 'field_required_now' : 'field_required_no_longer';
  return change.code;
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
  return formatMessage(CHANGE_PHRASES, code, locale, params);
}
