import { useEffect, useId, useState } from 'react';
import type { JsonObject, JsonValue } from '../../../platform/kernel/json.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { LocalizedTextInputs } from '../schema/localized-text-field.js';
import { DESIGNER_MESSAGES as M } from './designer-messages.js';
import {
  type FieldJson,
  fieldsOf,
  isRequired,
  renameField,
  setField,
  setWidget,
  widgetOf,
} from './designer-model.js';
import { OptionsEditor } from './options-editor.js';

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array'] as const;
const FORMATS = ['date', 'date-time', 'time', 'email', 'uri'] as const;
const WIDGETS = [
  'text',
  'textarea',
  'select',
  'radio',
  'checkboxes',
  'checkbox',
  'date',
  'number',
  'likert',
  'signature',
  'hidden',
];

type Props = {
  form: JsonObject;
  name: string;
  onChange: (form: JsonObject) => void;
  onRenamed: (name: string) => void;
  readOnly: boolean;
};

function NameEditor({ form, name, onChange, onRenamed, readOnly }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState(name);
  useEffect(() => setDraft(name), [name]);
  const taken = fieldsOf(form).some((f) => f.name === draft && f.name !== name);
  const valid = FIELD_NAME.test(draft) && !taken;
  return (
    <div className="rename">
      <label htmlFor={`${id}-name`}>{t(M, 'fieldName')}</label>
      <div className="inline-controls">
        <input
          id={`${id}-name`}
          className="code grow"
          value={draft}
          readOnly={readOnly}
          aria-invalid={!valid || undefined}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setDraft(e.target.value.trim())}
        />
        {!readOnly && (
          <button
            type="button"
            disabled={!valid || draft === name}
            onClick={() => {
              onChange(renameField(form, name, draft));
              onRenamed(draft);
            }}
          >
            {t(M, 'rename')}
          </button>
        )}
      </div>
      <p id={`${id}-hint`} className={valid ? 'field-help' : 'field-help error'}>
        {valid ? t(M, 'renameHint') : t(M, 'badName')}
      </p>
    </div>
  );
}

/** Everything about one top-level field: name (renaming it everywhere), label, type, options, input. */
export function FieldProperties(props: Props) {
  const { t } = useI18n();
  const { form, name, onChange, readOnly } = props;
  const id = useId();
  const field = fieldsOf(form).find((f) => f.name === name)?.field;
  if (field === undefined) return null;
  const required = isRequired(form, name);
  const update = (next: FieldJson, req = required) => onChange(setField(form, name, next, req));
  const set = (key: string, value: JsonValue | undefined) => {
    const next: FieldJson = { ...field };
    if (value === undefined) delete next[key];
    else next[key] = value;
    update(next);
  };
  const type = field.type ?? 'string';
  const scalar = type === 'string' || type === 'number' || type === 'integer' || type === 'boolean';
  const optionsOwner = type === 'array' ? 'items' : 'self';
  const options = optionsOwner === 'self' ? field.options : (field.items as FieldJson | undefined)?.options;
  return (
    <section className="card field-properties" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <code>{name}</code>
      </h2>
      <NameEditor {...props} />
      <fieldset className="l10n-field">
        <legend>{t(M, 'label')}</legend>
        <LocalizedTextInputs
          id={`${id}-title-text`}
          value={field.title as Record<string, string> | undefined}
          onChange={(v) => set('title', v)}
          readOnly={readOnly}
          long={false}
          label={t(M, 'label')}
        />
      </fieldset>
      <fieldset className="l10n-field">
        <legend>{t(M, 'help')}</legend>
        <LocalizedTextInputs
          id={`${id}-help-text`}
          value={field.description as Record<string, string> | undefined}
          onChange={(v) => set('description', v)}
          readOnly={readOnly}
          long
          label={t(M, 'help')}
        />
      </fieldset>
      <div className="property-grid">
        <div>
          <label htmlFor={`${id}-type`}>{t(M, 'type')}</label>
          <select
            id={`${id}-type`}
            value={type}
            disabled={readOnly}
            onChange={(e) => set('type', e.target.value)}
          >
            {TYPES.map((x) => (
              <option key={x} value={x}>
                {t(M, `type_${x}`)}
              </option>
            ))}
          </select>
        </div>
        {type === 'string' && (
          <div>
            <label htmlFor={`${id}-format`}>{t(M, 'format')}</label>
            <select
              id={`${id}-format`}
              value={String(field.format ?? '')}
              disabled={readOnly}
              onChange={(e) => set('format', e.target.value === '' ? undefined : e.target.value)}
            >
              <option value="">{t(M, 'noFormat')}</option>
              {FORMATS.map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </select>
          </div>
        )}
        <div>
          <label htmlFor={`${id}-widget`}>{t(M, 'widget')}</label>
          <select
            id={`${id}-widget`}
            value={widgetOf(form, name) ?? ''}
            disabled={readOnly}
            onChange={(e) =>
              onChange(setWidget(form, name, e.target.value === '' ? undefined : e.target.value))
            }
          >
            <option value="">{t(M, 'defaultWidget')}</option>
            {WIDGETS.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </div>
        {(type === 'number' || type === 'integer') &&
          (['minimum', 'maximum'] as const).map((k) => (
            <div key={k}>
              <label htmlFor={`${id}-${k}`}>{t(M, k)}</label>
              <input
                id={`${id}-${k}`}
                type="number"
                value={typeof field[k] === 'number' ? String(field[k]) : ''}
                readOnly={readOnly}
                onChange={(e) => set(k, e.target.value === '' ? undefined : Number(e.target.value))}
              />
            </div>
          ))}
      </div>
      <p className="checkbox-line">
        <input
          id={`${id}-required`}
          type="checkbox"
          checked={required}
          disabled={readOnly}
          onChange={(e) => update(field, e.target.checked)}
        />
        <label htmlFor={`${id}-required`}>{t(M, 'required')}</label>
      </p>
      <p className="checkbox-line">
        <input
          id={`${id}-readonly`}
          type="checkbox"
          checked={field.readOnly === true}
          disabled={readOnly}
          onChange={(e) => set('readOnly', e.target.checked ? true : undefined)}
        />
        <label htmlFor={`${id}-readonly`}>{t(M, 'readOnly')}</label>
      </p>
      {(scalar || type === 'array') &&
        (type !== 'array' || (field.items as FieldJson | undefined)?.type !== 'object') && (
          <OptionsEditor
            value={options}
            readOnly={readOnly}
            onChange={(next) => {
              if (optionsOwner === 'self') set('options', next);
              else {
                const items: FieldJson = {
                  type: 'string',
                  ...((field.items as FieldJson | undefined) ?? {}),
                };
                if (next === undefined) delete items.options;
                else items.options = next;
                set('items', items);
              }
            }}
          />
        )}
      {(type === 'object' ||
        (type === 'array' && (field.items as FieldJson | undefined)?.type === 'object')) && (
        <p className="muted small-text">{t(M, 'nested')}</p>
      )}
    </section>
  );
}
