import { useId, useState } from 'react';
import type { JsonObject } from '../../../platform/kernel/json.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import type { ViewProps } from '../definitions/definition-editor-page.js';
import { LocalizedTextInputs } from '../schema/localized-text-field.js';
import { DESIGNER_MESSAGES as M } from './designer-messages.js';
import { addField, fieldsOf, hasSections, isRequired, moveField, removeField } from './designer-model.js';
import { FieldProperties } from './field-properties.js';
import { FieldRules } from './field-rules.js';
import { FormPreview } from './form-preview.js';

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

function FieldList({
  form,
  selected,
  onSelect,
  onChange,
  readOnly,
}: {
  form: JsonObject;
  selected: string | undefined;
  onSelect: (name: string) => void;
  onChange: (form: JsonObject) => void;
  readOnly: boolean;
}) {
  const { t, l } = useI18n();
  const fields = fieldsOf(form);
  const movable = hasSections(form);
  const id = useId();
  const [name, setName] = useState('');
  const valid = FIELD_NAME.test(name) && !fields.some((f) => f.name === name);
  return (
    <section className="card field-list" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t(M, 'fields')} <span className="count">{fields.length}</span>
      </h2>
      <p className="muted small-text">{t(M, 'fieldsIntro')}</p>
      {!movable && !readOnly && <p className="muted small-text">{t(M, 'noSections')}</p>}
      <ol className="designer-fields">
        {fields.map(({ name: f, field }, i) => (
          <li key={f} className={f === selected ? 'selected' : undefined}>
            <button
              type="button"
              className="field-pick"
              aria-pressed={f === selected}
              onClick={() => onSelect(f)}
            >
              <span className="field-title">{l(field.title as Record<string, string> | undefined) || f}</span>
              <code className="muted small-text">
                {f} · {field.type ?? 'string'}
                {isRequired(form, f) ? ' · *' : ''}
              </code>
            </button>
            {!readOnly && (
              <span className="field-tools">
                <button
                  type="button"
                  className="small"
                  disabled={!movable || i === 0}
                  aria-label={t(M, 'moveUp', { name: f })}
                  onClick={() => onChange(moveField(form, f, -1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="small"
                  disabled={!movable || i === fields.length - 1}
                  aria-label={t(M, 'moveDown', { name: f })}
                  onClick={() => onChange(moveField(form, f, 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="small danger-outline"
                  aria-label={t(M, 'remove', { name: f })}
                  onClick={() => onChange(removeField(form, f))}
                >
                  ×
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {!readOnly && (
        <form
          className="inline-controls"
          onSubmit={(e) => {
            e.preventDefault();
            if (!valid) return;
            onChange(addField(form, name, { type: 'string', title: { en: name } }));
            onSelect(name);
            setName('');
          }}
        >
          <div className="grow">
            <label htmlFor={`${id}-new`}>{t(M, 'newFieldName')}</label>
            <input
              id={`${id}-new`}
              className="code"
              value={name}
              onChange={(e) => setName(e.target.value.trim())}
            />
          </div>
          <button type="submit" disabled={!valid}>
            + {t(M, 'addField')}
          </button>
        </form>
      )}
    </section>
  );
}

/**
 * The form designer: the fields (add, remove, reorder, rename everywhere), the chosen field's
 * properties, options and rules, and beside them the live preview drawn by the forms engine.
 */
export function FormDesigner({ id, json, onChange, readOnly }: ViewProps) {
  const { t } = useI18n();
  const fields = fieldsOf(json);
  const [selected, setSelected] = useState<string | undefined>(fields[0]?.name);
  const current = fields.some((f) => f.name === selected) ? selected : fields[0]?.name;
  return (
    <div className="designer">
      <div className="designer-edit">
        <section className="card">
          <fieldset className="l10n-field">
            <legend>{t(M, 'formTitle')}</legend>
            <LocalizedTextInputs
              id="form-title"
              value={json.title as Record<string, string> | undefined}
              onChange={(v) => onChange({ ...json, title: v ?? {} })}
              readOnly={readOnly}
              long={false}
              label={t(M, 'formTitle')}
            />
          </fieldset>
        </section>
        <FieldList
          form={json}
          selected={current}
          onSelect={setSelected}
          onChange={onChange}
          readOnly={readOnly}
        />
        {current !== undefined && (
          <>
            <FieldProperties
              form={json}
              name={current}
              onChange={onChange}
              onRenamed={setSelected}
              readOnly={readOnly}
            />
            <FieldRules form={json} name={current} onChange={onChange} readOnly={readOnly} />
          </>
        )}
      </div>
      <div className="designer-preview">
        <FormPreview formId={id} form={json} />
      </div>
    </div>
  );
}
