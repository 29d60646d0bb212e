import type { RuleState } from './apply-rules.js';
import type { CompiledForm } from './compiled-form.js';
import type { FieldNode } from './field-tree.js';
import type { JsonSchema } from './form-types.js';
import type { RenderCache } from './render-cache.js';

/**
 * One effective-schema build. A place in the data is either a concrete pointer with its value
 * (`values` has at most one element), or — `ptr` undefined — a field path across all the items of
 * a repeat group at once (`values` holds every item's value), for the schema shared by all items.
 */
export type SchemaBuild = {
  readonly cf: CompiledForm;
  readonly state: RuleState;
  readonly render: RenderCache;
  /** Messages of the active errors by the scope they make invalid (`''` or an item pointer). */
  readonly errorsByScope: ReadonlyMap<string, readonly string[]>;
  node(node: FieldNode, ptr: string | undefined, values: readonly unknown[]): JsonSchema;
  object(
    node: FieldNode,
    ptr: string | undefined,
    values: readonly unknown[],
    exclude?: ReadonlySet<string>,
  ): Record<string, unknown>;
};

/** Marks a scope invalid while an error rule holds: `not: {}` fails, and says why (ajv-errors style). */
export function withErrors(schema: Record<string, unknown>, messages: readonly string[] | undefined): void {
  if (messages === undefined || messages.length === 0) return;
  schema.not = {};
  const existing = (schema.errorMessage ?? {}) as Record<string, unknown>;
  schema.errorMessage = { ...existing, not: messages.join(' ') };
}
