import Form from '@rjsf/core';
import type { FieldProps, RegistryFieldsType, TemplatesType } from '@rjsf/utils';
import { useEffect, useMemo } from 'react';
import type { JsonObject } from '../../../platform/kernel/json.js';
import { parsePointer } from '../../../platform/kernel/json-pointer.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { rjsfTranslator, validator } from '../../../runtime-ui/src/forms/rjsf-setup.js';
import type { ViewProps } from '../definitions/definition-editor-page.js';
import { DEFINITION_MESSAGES as M } from '../definitions/definition-messages.js';
import { type EditorContext, ID_PREFIX, ID_SEPARATOR, idOfPointer } from './editor-context.js';
import {
  ArrayFieldItemTemplate,
  ArrayFieldTemplate,
  FieldTemplate,
  ObjectFieldTemplate,
} from './editor-templates.js';
import { ExpressionInput } from './expression-input.js';
import { editorSchema } from './kind-schemas.js';
import { fieldLabel, LocalizedTextField } from './localized-text-field.js';

/** rjsf field for JSON Logic expressions (`common.schema.json#/$defs/expression`). */
function ExpressionField(props: FieldProps) {
  const { fieldPathId, formData, onChange, name, schema, readonly, disabled } = props;
  const label = fieldLabel(name, 'logic');
  return (
    <div className="field expression-field">
      <label htmlFor={fieldPathId.$id}>{label}</label>
      {schema.description && <p className="field-help">{schema.description}</p>}
      <ExpressionInput
        id={fieldPathId.$id}
        value={formData}
        onChange={(next) => onChange(next, fieldPathId.path)}
        readOnly={readonly === true || disabled === true}
        label={label}
      />
    </div>
  );
}

const FIELDS: RegistryFieldsType = { localizedText: LocalizedTextField, expression: ExpressionField };
const TEMPLATES: Partial<TemplatesType> = {
  FieldTemplate,
  ObjectFieldTemplate,
  ArrayFieldTemplate,
  ArrayFieldItemTemplate,
};

// The kind and id name the draft; they are changed by making another definition, not here.
const UI_SCHEMA = {
  'ui:submitButtonOptions': { norender: true },
  $schema: { 'ui:widget': 'hidden' },
  kind: { 'ui:readonly': true },
  id: { 'ui:readonly': true },
};

// rjsf must not write defaults into a definition just because it was opened.
const DEFAULTS = {
  arrayMinItems: { populate: 'never' },
  emptyObjectFields: 'skipEmptyDefaults',
  constAsDefaults: 'never',
  mergeDefaultsIntoFormData: 'useFormDataIfPresent',
} as const;

/** The element of a field (or of the nearest enclosing one) a pointer leads to. */
function elementAt(pointer: string): HTMLElement | null {
  const tokens = parsePointer(pointer);
  for (let n = tokens.length; n >= 0; n--) {
    const id = idOfPointer(
      tokens
        .slice(0, n)
        .map((t) => `/${t}`)
        .join(''),
    );
    const found = document.getElementById(id);
    if (found) return found;
  }
  return null;
}

/**
 * Every property of a definition, as a form generated from its kind's JSON Schema (the definition
 * language): descriptions as help, localized texts side by side per locale, expressions as code.
 * A checker problem's pointer opens the folds on its way and shows the field.
 */
export function GenericEditor({ kind, json, onChange, readOnly, pointer }: ViewProps) {
  const { locale, t } = useI18n();
  const schema = useMemo(() => editorSchema(kind), [kind]);
  const translate = useMemo(() => rjsfTranslator(locale), [locale]);
  const context = useMemo<EditorContext>(() => ({ focus: pointer }), [pointer]);
  useEffect(() => {
    if (pointer === null) return;
    const timer = window.setTimeout(() => {
      const element = elementAt(pointer);
      if (element === null) return;
      element.scrollIntoView({ block: 'center' });
      element.classList.add('pointed');
      const input = element.matches('input, select, textarea')
        ? element
        : (element.querySelector<HTMLElement>('[aria-invalid="true"]') ??
          element.querySelector<HTMLElement>('input, select, textarea, summary'));
      input?.focus({ preventScroll: true });
    }, 50);
    return () => window.clearTimeout(timer);
  }, [pointer]);
  return (
    <section className="card generic-editor" aria-label={t(M, 'view_form')}>
      {pointer && <p className="notice small-text">{t(M, 'pointerAt', { pointer })}</p>}
      <Form
        schema={schema}
        formData={json}
        validator={validator}
        noValidate
        noHtml5Validate
        showErrorList={false}
        idPrefix={ID_PREFIX}
        idSeparator={ID_SEPARATOR}
        fields={FIELDS}
        templates={TEMPLATES}
        formContext={context}
        translateString={translate}
        experimental_defaultFormStateBehavior={DEFAULTS}
        readonly={readOnly}
        uiSchema={UI_SCHEMA}
        onChange={(event) => onChange(event.formData as JsonObject)}
        onSubmit={() => undefined}
      />
    </section>
  );
}
