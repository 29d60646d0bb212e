import type { SiteBundle } from '../definitions/site-bundle.js';
import type { JsonValue } from '../kernel/json.js';
import { type BlockReason, baseCode } from './block-reason.js';
import { definitionName, type NameKind } from './definition-names.js';
import { type PhraseBook, type PhraseKey, phraseBook } from './phrases/index.js';
import { failedChecks } from './trace-summary.js';
import type { WorkflowEvent } from './workflow-event.js';

/** The bundle whose localized names to use, and the locale of the phrases. */
export type ExplainOptions = {
  readonly bundle: SiteBundle;
  readonly locale: string;
  /** The SOP whose names to use first; default: search every SOP of the bundle. */
  readonly sopId?: string;
};

/** Placeholders that name definitions, quoted; the others (stage, role, dates) are shown plain. */
const PARAM_KIND: Readonly<Record<string, [NameKind, boolean]>> = {
  form: ['form', true],
  task: ['task', true],
  approval: ['approval', true],
  review: ['review', true],
  transition: ['transition', true],
  reason: ['reason', true],
  stage: ['stage', false],
  from: ['stage', false],
  to: ['stage', false],
  role: ['role', false],
  actorRole: ['role', false],
};

function fill(
  template: string,
  params: Readonly<Record<string, JsonValue>>,
  book: PhraseBook,
  o: ExplainOptions,
): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const raw = params[key];
    if (raw === null || raw === undefined) return book.phrases.open_bound;
    const id = String(raw);
    const kind = PARAM_KIND[key];
    if (kind === undefined) return key === 'status' ? (book.phrases[`status.${id}` as PhraseKey] ?? id) : id;
    const special = kind[0] === 'task' ? (book.phrases as Record<string, string>)[`task.${id}`] : undefined;
    const name = special ?? definitionName(o.bundle, kind[0], id, o.locale, o.sopId) ?? id;
    return kind[1] ? book.quote(name) : name;
  });
}

function phraseKey(reason: BlockReason, book: PhraseBook): PhraseKey {
  const code = baseCode(reason);
  if (code === 'not_reopenable') return `not_reopenable.${String(reason.params.why)}` as PhraseKey;
  if (code === 'guard_failed' && reason.params.transition === undefined) return 'task_condition';
  return code in book.phrases ? (code as PhraseKey) : 'unknown_code';
}

function explainOne(reason: BlockReason, book: PhraseBook, o: ExplainOptions): string {
  const key = phraseKey(reason, book);
  const params = key === 'unknown_code' ? { ...reason.params, code: reason.code } : reason.params;
  const phrase = fill(book.phrases[key], params, book, o);
  const checks = reason.trace ? failedChecks(reason.trace, o.bundle, o.locale) : [];
  const error = typeof reason.params.error === 'string' ? [reason.params.error] : [];
  const detail = [...checks, ...error];
  return detail.length > 0 ? `${phrase} (${detail.join(', ')})` : phrase;
}

/** One phrase per block reason, in the locale, with the definitions' localized names. */
export function explainBlocked(reasons: readonly BlockReason[], options: ExplainOptions): string[] {
  const book = phraseBook(options.locale);
  return reasons.map((r) => explainOne(r, book, options));
}

function headKey(event: WorkflowEvent): PhraseKey {
  return event.type === 'approve' || event.type === 'return'
    ? 'head.decide'
    : (`head.${event.type}` as PhraseKey);
}

/**
 * The sentence a refused event shows: "Cannot move to Planning: form “Needs assessment” not
 * submitted; approval “Plan approval” by Supervisor pending".
 */
export function explainRefusal(
  refusal: { readonly event: WorkflowEvent; readonly blockedBy: readonly BlockReason[] },
  options: ExplainOptions,
): string {
  const book = phraseBook(options.locale);
  const e = refusal.event as Record<string, unknown>;
  const params: Record<string, JsonValue> = {};
  for (const key of ['form', 'task', 'approval', 'review', 'reason'])
    if (typeof e[key] === 'string') params[key] = e[key];
  if (typeof e.to === 'string') params.stage = e.to;
  const head = fill(book.phrases[headKey(refusal.event)], params, book, options);
  return `${head}${book.colon}${explainBlocked(refusal.blockedBy, options).join(book.separator)}`;
}
