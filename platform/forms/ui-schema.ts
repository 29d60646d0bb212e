import type { FormDefinition, FormLayout } from '../definitions/definition-types.generated.js';
import type { FieldNode, FieldTree } from './field-tree.js';
import type { FormText } from './form-text.js';
import type { FormSection, UiSchema } from './form-types.js';

/** Id of the trailing section that collects the fields no section lists. */
export const UNSECTIONED = '_unsectioned';

type Widget = NonNullable<FormLayout['widgets']>[string];

/**
 * Layout widget → react-jsonschema-form widget name. `likert` and `signature` are the platform's
 * own widgets, which the UI registers; the others are rjsf built-ins (`number` is rjsf's `updown`).
 */
const WIDGETS: Record<Widget, string> = {
  text: 'text',
  textarea: 'textarea',
  select: 'select',
  radio: 'radio',
  checkboxes: 'checkboxes',
  checkbox: 'checkbox',
  date: 'date',
  number: 'updown',
  likert: 'likert',
  signature: 'signature',
  hidden: 'hidden',
};

function widgetOf(node: FieldNode, layout: FormLayout): string | undefined {
  const chosen = layout.widgets?.[node.path];
  if (chosen !== undefined) return WIDGETS[chosen];
  if (node.multi) return 'checkboxes';
  // rjsf picks its time input only for `format: time`; the engine emits a local-time pattern.
  if (node.field.format === 'time') return 'time';
  return undefined;
}

function uiOf(
  node: FieldNode,
  layout: FormLayout,
  text: FormText,
  order?: string[],
): Record<string, unknown> {
  const ui: Record<string, unknown> = {};
  const widget = widgetOf(node, layout);
  if (widget !== undefined) ui['ui:widget'] = widget;
  const placeholder = text.text(layout.placeholders?.[node.path]);
  if (placeholder) ui['ui:placeholder'] = placeholder;
  const help = text.text(node.field.description);
  if (help && node.path !== '') ui['ui:help'] = help;
  if (node.kind === 'object') {
    ui['ui:order'] = [...(order ?? node.children.keys()), '*'];
    for (const [name, child] of node.children) {
      const childUi = uiOf(child, layout, text);
      if (Object.keys(childUi).length > 0) ui[name] = childUi;
    }
  }
  if (node.kind === 'array' && node.item !== undefined && !node.multi) {
    const itemUi = uiOf(node.item, layout, text);
    if (Object.keys(itemUi).length > 0) ui.items = itemUi;
  }
  return ui;
}

function sectionsOf(form: FormDefinition, text: FormText): FormSection[] | undefined {
  const sections = form.layout?.sections;
  if (sections === undefined || sections.length === 0) return undefined;
  const placed = new Set(sections.flatMap((s) => s.fields));
  const rest = Object.keys(form.fields.properties).filter((name) => !placed.has(name));
  const result: FormSection[] = sections.map((s) => {
    const description = text.text(s.description);
    return {
      id: s.id,
      title: text.text(s.title) ?? s.id,
      ...(description ? { description } : {}),
      fields: s.fields,
    };
  });
  if (rest.length > 0) result.push({ id: UNSECTIONED, fields: rest });
  return result;
}

/**
 * The ui schema of a form in one locale. It does not depend on the data, so one frozen object
 * serves every keystroke: `ui:order` lists every field (rjsf skips those the schema lacks) and
 * `ui:sections` lists every section's fields (the UI's template renders those present).
 */
export function formUiSchema(form: FormDefinition, tree: FieldTree, text: FormText): UiSchema {
  const sections = sectionsOf(form, text);
  const order = sections?.flatMap((s) => s.fields);
  const ui = uiOf(tree.root, form.layout ?? {}, text, order);
  if (sections !== undefined) ui['ui:sections'] = sections;
  return ui;
}
