import type {
  ArrayFieldItemTemplateProps,
  ArrayFieldTemplateProps,
  FieldTemplateProps,
  ObjectFieldTemplateProps,
} from '@rjsf/utils';
import { ADDITIONAL_PROPERTY_FLAG, descriptionId, errorId } from '@rjsf/utils';
import type { ReactNode } from 'react';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { FORM_UI_MESSAGES } from '../../../runtime-ui/src/forms/form-ui-messages.js';
import { DEFINITION_MESSAGES as M } from '../definitions/definition-messages.js';
import { Collapsible } from './collapsible.js';
import { type EditorContext, leadsInto, pointerOfPath } from './editor-context.js';
import { fieldLabel } from './localized-text-field.js';

const focusOf = (registry: { formContext?: unknown }) =>
  ((registry.formContext ?? {}) as EditorContext).focus ?? null;

const lastStep = (path: readonly (string | number)[]) =>
  path.length === 0 ? '' : String(path[path.length - 1]);

/** What a list item is called in its summary: its id, value or name. */
function itemName(data: unknown, l: (t: Record<string, string>) => string): string {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return '';
  const d = data as Record<string, unknown>;
  const name =
    typeof d.name === 'string'
      ? d.name
      : typeof d.name === 'object' && d.name !== null
        ? l(d.name as Record<string, string>)
        : '';
  const key = d.id ?? d.value ?? d.form ?? d.path ?? d.effect;
  const parts = [key === undefined ? '' : String(key), name].filter((p) => p !== '');
  return parts.join(' — ');
}

/** A leaf field: label, input, the schema's description as help, errors. Containers render their own frame. */
export function FieldTemplate(props: FieldTemplateProps) {
  const { id, children, errors, rawDescription, hidden, required, schema, fieldPathId, displayLabel } = props;
  if (hidden) return <div hidden>{children}</div>;
  const label = fieldLabel(lastStep(fieldPathId.path), props.label);
  // A choice between schemas (`anyOf`/`oneOf`) that is not a plain list of values: rjsf draws a
  // select of the alternatives, which this label names.
  const alternatives = schema.anyOf !== undefined ? 'anyof' : schema.oneOf !== undefined ? 'oneof' : null;
  if (alternatives !== null && !props.registry.schemaUtils.isSelect(schema))
    return (
      <div className="field-container alternatives">
        <label htmlFor={`${id}__${alternatives}_select`}>{label}</label>
        {rawDescription && <p className="field-help">{rawDescription}</p>}
        {children}
        {errors}
      </div>
    );
  const container = schema.type === 'object' || schema.type === 'array' || schema.$id !== undefined;
  const body =
    container || !displayLabel ? (
      <div className="field-container">
        {children}
        {errors}
      </div>
    ) : (
      <div className={`field${(props.rawErrors?.length ?? 0) > 0 ? ' field-invalid' : ''}`}>
        <label htmlFor={id}>
          {label}
          {required && <span className="required-mark"> *</span>}
        </label>
        {children}
        {rawDescription && (
          <p className="field-help" id={descriptionId(id)}>
            {rawDescription}
          </p>
        )}
        <div id={errorId(id)}>{errors}</div>
      </div>
    );
  if (!(ADDITIONAL_PROPERTY_FLAG in schema)) return body;
  return <AdditionalEntry {...props} body={body} />;
}

/** An entry of a map (settings, widgets): its key can be renamed and the entry removed. */
function AdditionalEntry(props: FieldTemplateProps & { body: ReactNode }) {
  const { t } = useI18n();
  const { id, label, onKeyRenameBlur, onRemoveProperty, readonly, disabled, body } = props;
  return (
    <div className="additional-entry">
      <div className="additional-key">
        <label htmlFor={`${id}-key`}>{t(M, 'colId')}</label>
        <input id={`${id}-key`} defaultValue={label} onBlur={onKeyRenameBlur} readOnly={readonly} />
      </div>
      <div className="additional-value">{body}</div>
      {!readonly && (
        <button type="button" className="small danger-outline" onClick={onRemoveProperty} disabled={disabled}>
          {t(FORM_UI_MESSAGES, 'remove')} ({label})
        </button>
      )}
    </div>
  );
}

/** Objects: the root as a plain list; nested objects fold, list items closed unless a problem points inside. */
export function ObjectFieldTemplate(props: ObjectFieldTemplateProps) {
  const { l } = useI18n();
  const { fieldPathId, properties, registry, description, formData } = props;
  const path = fieldPathId.path;
  const content = () => (
    <>
      {typeof description === 'string' && description !== '' && <p className="field-help">{description}</p>}
      {properties.map((p) => (
        <div key={p.name} className="property" hidden={p.hidden}>
          {p.content}
        </div>
      ))}
    </>
  );
  if (path.length === 0) return <div className="object-root">{content()}</div>;
  const pointer = pointerOfPath(path);
  const step = lastStep(path);
  const item = /^\d+$/.test(step);
  const title = item ? `${Number(step) + 1}. ${itemName(formData, l)}` : step;
  const open = leadsInto(focusOf(registry), pointer) || (!item && path.length <= 2);
  return (
    <Collapsible id={fieldPathId.$id} summary={title} defaultOpen={open} className={item ? 'item' : 'group'}>
      {content}
    </Collapsible>
  );
}

/** Lists: folded with their count; items with move and remove buttons; an add button at the end. */
export function ArrayFieldTemplate(props: ArrayFieldTemplateProps) {
  const { t } = useI18n();
  const { fieldPathId, items, canAdd, onAddClick, disabled, readonly, registry, schema } = props;
  const path = fieldPathId.path;
  const pointer = pointerOfPath(path);
  const name = fieldLabel(lastStep(path), props.title);
  const open = leadsInto(focusOf(registry), pointer) || path.length <= 1;
  return (
    <Collapsible
      id={fieldPathId.$id}
      summary={
        <>
          {name} <span className="count">{items.length}</span>
        </>
      }
      defaultOpen={open}
      className="list"
    >
      {() => (
        <>
          {schema.description && <p className="field-help">{schema.description}</p>}
          {items.length === 0 && <p className="muted">{t(FORM_UI_MESSAGES, 'emptyArray')}</p>}
          <div className="list-items">{items}</div>
          {canAdd && !readonly && (
            <button type="button" className="small" onClick={onAddClick} disabled={disabled}>
              + {t(FORM_UI_MESSAGES, 'addTo', { title: name })}
            </button>
          )}
        </>
      )}
    </Collapsible>
  );
}

export function ArrayFieldItemTemplate(props: ArrayFieldItemTemplateProps) {
  const { t } = useI18n();
  const { children, buttonsProps: b, hasToolbar, index, readonly, disabled } = props;
  return (
    <div className="list-item">
      <div className="list-item-body">{children}</div>
      {hasToolbar && !readonly && (
        <div className="list-item-tools">
          {b.hasMoveUp && (
            <button
              type="button"
              className="small"
              onClick={b.onMoveUpItem}
              disabled={disabled}
              aria-label={`↑ ${index + 1}`}
            >
              ↑
            </button>
          )}
          {b.hasMoveDown && (
            <button
              type="button"
              className="small"
              onClick={b.onMoveDownItem}
              disabled={disabled}
              aria-label={`↓ ${index + 1}`}
            >
              ↓
            </button>
          )}
          {b.hasRemove && (
            <button
              type="button"
              className="small danger-outline"
              onClick={b.onRemoveItem}
              disabled={disabled}
            >
              {t(FORM_UI_MESSAGES, 'remove')} ({index + 1})
            </button>
          )}
        </div>
      )}
    </div>
  );
}
