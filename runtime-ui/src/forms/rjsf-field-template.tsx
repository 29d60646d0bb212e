import type { FieldErrorProps, FieldHelpProps, FieldTemplateProps } from '@rjsf/utils';
import { errorId, getUiOptions, helpId } from '@rjsf/utils';
import { useI18n } from '../common/i18n.js';
import { FORM_UI_MESSAGES } from './form-ui-messages.js';

const GROUP_WIDGETS = new Set(['radio', 'checkboxes', 'likert']);

/** Whether a field is a group of inputs (named by a legend, not a label). */
function isGroup(props: FieldTemplateProps): boolean {
  const widget = getUiOptions(props.uiSchema).widget;
  // A signature on a yes/no field ("the client signed") is a yes/no choice.
  if (widget === 'signature') return props.schema.type === 'boolean';
  return typeof widget === 'string' && GROUP_WIDGETS.has(widget);
}

/**
 * One field: label (or legend for radio and checkbox groups), required mark, input, the
 * engine's and the server's messages, and help text.
 */
export function FieldTemplate(props: FieldTemplateProps) {
  const { t } = useI18n();
  const {
    id,
    label,
    children,
    errors,
    help,
    description,
    hidden,
    required,
    displayLabel,
    rawErrors,
    schema,
  } = props;
  if (hidden) return <div hidden>{children}</div>;
  const invalid = (rawErrors?.length ?? 0) > 0;
  const mark = required ? (
    <span className="required-mark" title={t(FORM_UI_MESSAGES, 'requiredMark')}>
      {' *'}
    </span>
  ) : null;
  const calculated =
    schema.readOnly === true ? (
      <span className="badge muted">{t(FORM_UI_MESSAGES, 'calculated')}</span>
    ) : null;
  const className = `field${invalid ? ' field-invalid' : ''}`;
  if (displayLabel && isGroup(props))
    return (
      <fieldset className={`${className} field-group`}>
        <legend>
          {label}
          {mark}
        </legend>
        {description}
        {children}
        {errors}
        {help}
      </fieldset>
    );
  return (
    <div className={className}>
      {displayLabel && (
        <label htmlFor={id}>
          {label}
          {mark} {calculated}
        </label>
      )}
      {displayLabel && description}
      {children}
      {errors}
      {help}
    </div>
  );
}

export function FieldErrorTemplate({ errors = [], fieldPathId }: FieldErrorProps) {
  const shown = errors.filter((e) => typeof e === 'string' && e !== '');
  if (shown.length === 0) return null;
  return (
    <ul id={errorId(fieldPathId)} className="field-errors">
      {shown.map((e) => (
        <li key={String(e)}>{e}</li>
      ))}
    </ul>
  );
}

export function FieldHelpTemplate({ help, fieldPathId }: FieldHelpProps) {
  if (!help) return null;
  return (
    <p id={helpId(fieldPathId)} className="field-help">
      {help}
    </p>
  );
}
