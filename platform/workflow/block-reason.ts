import type { JsonValue } from '../kernel/json.js';
import type { TraceNode } from '../rules/index.js';

/**
 * Why an event was refused. `code` is stable and may carry the id it concerns after a colon
 * (`form_missing:plan`, `task_open:screen`, `approval_pending:plan-approval`); `params` hold the
 * ids and values an explanation needs; condition failures carry the rules engine's trace.
 */
export type BlockReason = {
  readonly code: string;
  readonly params: Readonly<Record<string, JsonValue>>;
  readonly trace?: TraceNode;
};

/** The code without its id suffix: `form_missing` for `form_missing:plan`. */
export function baseCode(reason: Pick<BlockReason, 'code'>): string {
  const colon = reason.code.indexOf(':');
  return colon < 0 ? reason.code : reason.code.slice(0, colon);
}

/** A block reason with a plain code. */
export function block(
  code: string,
  params: Readonly<Record<string, JsonValue>> = {},
  trace?: TraceNode,
): BlockReason {
  return trace === undefined ? { code, params } : { code, params, trace };
}

/** `code:<id>` with the id also in `params[key]`. */
export function blockOn(
  code: string,
  key: string,
  id: string,
  extra: Record<string, JsonValue> = {},
): BlockReason {
  return { code: `${code}:${id}`, params: { [key]: id, ...extra } };
}
