import Form from '@rjsf/core';
import type { ErrorSchema, RJSFSchema, UiSchema } from '@rjsf/utils';
import { useMemo } from 'react';
import { errorTree } from '../../../platform/forms/index.js';
import { useI18n } from '../common/i18n.js';
import { ID_PREFIX, ID_SEPARATOR } from './field-ids.js';
import { rjsfTranslator, TEMPLATES, validator, WIDGETS } from './rjsf-setup.js';
import type { EngineFormState } from './use-engine-form.js';

// rjsf must not answer for the user: no first option of a list, no `false` for a required
// yes/no question, no empty repeat items until the user adds one.
const DEFAULTS = {
  constAsDefaults: 'skipOneOf',
  requiredBooleanDefault: 'skip',
  arrayMinItems: { populate: 'never' },
} as const;

/**
 * A form generated from the site's definitions: rjsf renders the engine's effective schema, ui
 * schema and data; the engine validates (rjsf's own validation is off) and its messages, and
 * the server's, appear beside the fields.
 */
export function EngineForm({ form, readOnly = false }: { form: EngineFormState; readOnly?: boolean }) {
  const { locale } = useI18n();
  // The page has its own submit and draft buttons. The engine's ui schema is one object per
  // language, so this is computed once per language.
  const uiSchema = useMemo<UiSchema>(
    () => ({ ...(form.ef.uiSchema as UiSchema), 'ui:submitButtonOptions': { norender: true } }),
    [form.ef.uiSchema],
  );
  // The engine's error tree has rjsf's shape (`__errors` lists at each level).
  const extraErrors = useMemo(() => errorTree(form.visibleErrors) as ErrorSchema, [form.visibleErrors]);
  const translate = useMemo(() => rjsfTranslator(locale), [locale]);
  return (
    <Form
      className="engine-form"
      schema={form.ef.schema as RJSFSchema}
      uiSchema={uiSchema}
      formData={form.ef.data}
      validator={validator}
      noValidate
      noHtml5Validate
      showErrorList={false}
      extraErrors={extraErrors}
      idPrefix={ID_PREFIX}
      idSeparator={ID_SEPARATOR}
      templates={TEMPLATES}
      widgets={WIDGETS}
      translateString={translate}
      experimental_defaultFormStateBehavior={DEFAULTS}
      readonly={readOnly}
      onChange={(event) => form.change(event.formData)}
      onBlur={(id) => form.touch(id)}
      onSubmit={() => undefined}
    />
  );
}
