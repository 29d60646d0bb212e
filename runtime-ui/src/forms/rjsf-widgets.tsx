import type { WidgetProps } from '@rjsf/utils';
import { ariaDescribedByIds, optionId } from '@rjsf/utils';
import { formMessage } from '../../../platform/forms/index.js';
import { useI18n } from '../common/i18n.js';
import { FORM_UI_MESSAGES } from './form-ui-messages.js';

function YesNoChoices({ props }: { props: WidgetProps }) {
  const { locale } = useI18n();
  const { id, value, disabled, readonly, onChange, onBlur, onFocus } = props;
  const choices = [
    { v: true, text: formMessage('yes', locale) },
    { v: false, text: formMessage('no', locale) },
  ];
  return (
    <div className="choice-row" id={id} role="radiogroup">
      {choices.map((c, i) => (
        <label key={String(c.v)} className="choice">
          <input
            type="radio"
            id={optionId(id, i)}
            name={id}
            value={String(c.v)}
            checked={value === c.v}
            disabled={disabled || readonly}
            onChange={() => onChange(c.v)}
            onBlur={() => onBlur(id, value)}
            onFocus={() => onFocus(id, value)}
            aria-describedby={ariaDescribedByIds(id)}
          />
          <span>{c.text}</span>
        </label>
      ))}
    </div>
  );
}

/**
 * Yes/no as two radio buttons, so "no" is an answer and an unanswered question stays visibly
 * unanswered (a checkbox cannot tell them apart). Used for every boolean field; rjsf shows no
 * label for booleans, so the group carries its own legend.
 */
export function YesNoWidget(props: WidgetProps) {
  const { label, required, hideLabel } = props;
  return (
    <fieldset className="yes-no">
      {!hideLabel && (
        <legend>
          {label}
          {required && <span className="required-mark">{' *'}</span>}
        </legend>
      )}
      <YesNoChoices props={props} />
    </fieldset>
  );
}

/** A rating scale (1–5 by default, or the field's range), one large radio button per step. */
export function LikertWidget(props: WidgetProps) {
  const { t } = useI18n();
  const { id, value, schema, disabled, readonly, onChange, onBlur, onFocus } = props;
  const min = typeof schema.minimum === 'number' ? schema.minimum : 1;
  const max = typeof schema.maximum === 'number' ? schema.maximum : 5;
  const steps = Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => min + i);
  return (
    <div className="likert" id={id} role="radiogroup" aria-describedby={ariaDescribedByIds(id)}>
      <span className="muted" aria-hidden="true">
        {t(FORM_UI_MESSAGES, 'likertLow')}
      </span>
      {steps.map((n, i) => (
        <label key={n} className="choice likert-step">
          <input
            type="radio"
            id={optionId(id, i)}
            name={id}
            value={String(n)}
            checked={value === n}
            disabled={disabled || readonly}
            onChange={() => onChange(n)}
            onBlur={() => onBlur(id, value)}
            onFocus={() => onFocus(id, value)}
          />
          <span>{n}</span>
        </label>
      ))}
      <span className="muted" aria-hidden="true">
        {t(FORM_UI_MESSAGES, 'likertHigh')}
      </span>
    </div>
  );
}

/**
 * A typed signature: the signer's name in a signature line, with a hint. On a yes/no field
 * ("the client signed") it is the yes/no choice (the field template gives it its legend).
 */
export function SignatureWidget(props: WidgetProps) {
  const { t } = useI18n();
  const { id, value, required, disabled, readonly, onChange, onBlur, onFocus, schema } = props;
  if (schema.type === 'boolean') return <YesNoChoices props={props} />;
  return (
    <div className="signature">
      <input
        id={id}
        name={id}
        type="text"
        className="signature-input"
        value={typeof value === 'string' ? value : ''}
        required={required}
        disabled={disabled}
        readOnly={readonly}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
        onBlur={(e) => onBlur(id, e.target.value)}
        onFocus={(e) => onFocus(id, e.target.value)}
        aria-describedby={`${id}__sighint ${ariaDescribedByIds(id)}`}
      />
      <span id={`${id}__sighint`} className="field-help">
        {t(FORM_UI_MESSAGES, 'signatureHint')}
      </span>
    </div>
  );
}
