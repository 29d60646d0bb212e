import type { FormDefinition } from '../definitions/definition-types.generated.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import { deepFreeze } from '../kernel/canonical-json.js';
import { fieldSchema, type OptionEntry, optionEntries, type SchemaContext } from './field-schema.js';
import type { FieldNode, FieldTree } from './field-tree.js';
import { formMessage } from './form-messages.js';
import { type FormText, formText } from './form-text.js';
import type { JsonSchema, UiSchema } from './form-types.js';
import { formUiSchema } from './ui-schema.js';

/**
 * The localized, rule-free pieces of one form in one locale, built on first use and frozen: the
 * schema of every field (shared by every effective schema whose field the rules leave alone), the
 * option entries of every option field, and the ui schema.
 */
export type RenderCache = {
  readonly text: FormText;
  node(node: FieldNode): JsonSchema;
  options(node: FieldNode): readonly OptionEntry[];
  readonly uiSchema: UiSchema;
};

/** Builds the (lazily filled) render cache of one form in one locale. */
export function renderCache(
  bundle: SiteBundle,
  form: FormDefinition,
  tree: FieldTree,
  calculated: ReadonlySet<string>,
  locale: string,
): RenderCache {
  const text = formText(bundle, locale);
  const nodes = new Map<string, JsonSchema>();
  const options = new Map<string, readonly OptionEntry[]>();
  const ctx: SchemaContext = {
    purpose: 'render',
    text: text.text,
    calculated,
    child: (node) => node$(node),
    timeMessage: formMessage('format.time', locale, {}, text.fallbacks),
  };
  const node$ = (node: FieldNode): JsonSchema => {
    let schema = nodes.get(node.path);
    if (schema === undefined) {
      schema = deepFreeze(fieldSchema(node, ctx));
      nodes.set(node.path, schema);
    }
    return schema;
  };
  const options$ = (node: FieldNode): readonly OptionEntry[] => {
    let entries = options.get(node.path);
    if (entries === undefined) {
      entries = deepFreeze(optionEntries(node, text));
      options.set(node.path, entries);
    }
    return entries;
  };
  return { text, node: node$, options: options$, uiSchema: deepFreeze(formUiSchema(form, tree, text)) };
}
