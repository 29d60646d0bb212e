import type { SiteBundle } from '../definitions/site-bundle.js';
import { compiledForm } from './compiled-form.js';
import { fieldSchema, type SchemaContext } from './field-schema.js';
import { formText } from './form-text.js';
import type { JsonSchema } from './form-types.js';

/**
 * The full, rule-free JSON Schema (2020-12) of a form's data, for OpenAPI components and exports:
 * every field (whatever rules would hide), every option as `oneOf: [{ const, title }]` with
 * deprecated ones marked `deprecated: true`, descriptions, formats, limits, always-required
 * fields, calculated fields `readOnly`, no unknown fields. Texts in `locale` (default: the site's).
 * @throws PlatformError `not_found` when the bundle has no form `formId`.
 */
export function formJsonSchema(bundle: SiteBundle, formId: string, locale?: string): JsonSchema {
  const cf = compiledForm(bundle, formId);
  const text = formText(bundle, locale ?? bundle.site.defaultLocale);
  const ctx: SchemaContext = {
    purpose: 'export',
    text: text.text,
    calculated: cf.calculated,
    child: (node) => fieldSchema(node, ctx),
  };
  const title = text.text(cf.form.title);
  const description = text.text(cf.form.description);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    ...fieldSchema(cf.tree.root, ctx),
  };
}
