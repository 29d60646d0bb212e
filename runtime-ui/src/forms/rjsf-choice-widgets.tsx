import type { EnumOptionsType, WidgetProps } from '@rjsf/utils';
import { ariaDescribedByIds, optionId } from '@rjsf/utils';
import { useI18n } from '../common/i18n.js';
import { FORM_UI_MESSAGES } from './form-ui-messages.js';

// Choice widgets whose DOM values are the options' real values (rjsf's own use indexes, and
// string fields ignore the global option that changes it): a value means the same on screen,
// in the data and in a test.

function optionsOf(props: WidgetProps): EnumOptionsType[] {
  return (props.options.enumOptions ?? []) as EnumOptionsType[];
}

function isDisabled(props: WidgetProps, value: unknown): boolean {
  const disabled = props.options.enumDisabled as unknown[] | undefined;
  return props.disabled || props.readonly || (disabled?.includes(value) ?? false);
}

export function SelectWidget(props: WidgetProps) {
  const { t } = useI18n();
  const { id, value, multiple, required, onChange, onBlur, onFocus } = props;
  const options = optionsOf(props);
  const find = (text: string) => options.find((o) => String(o.value) === text)?.value;
  const current = multiple
    ? Array.isArray(value)
      ? value.map(String)
      : []
    : value === undefined
      ? ''
      : String(value);
  return (
    <select
      id={id}
      name={id}
      multiple={multiple}
      value={current}
      required={required}
      disabled={props.disabled || props.readonly}
      aria-describedby={ariaDescribedByIds(id)}
      onChange={(e) =>
        onChange(
          multiple
            ? [...e.target.selectedOptions].map((o) => find(o.value))
            : e.target.value === ''
              ? undefined
              : find(e.target.value),
        )
      }
      onBlur={() => onBlur(id, value)}
      onFocus={() => onFocus(id, value)}
    >
      {!multiple && <option value="">{t(FORM_UI_MESSAGES, 'choose')}</option>}
      {options.map((o) => (
        <option key={String(o.value)} value={String(o.value)} disabled={isDisabled(props, o.value)}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

export function RadioWidget(props: WidgetProps) {
  const { id, value, onChange, onBlur, onFocus } = props;
  return (
    <div className="field-radio-group" id={id} role="radiogroup" aria-describedby={ariaDescribedByIds(id)}>
      {optionsOf(props).map((o, i) => (
        <label key={String(o.value)} className="choice">
          <input
            type="radio"
            id={optionId(id, i)}
            name={id}
            value={String(o.value)}
            checked={value === o.value}
            disabled={isDisabled(props, o.value)}
            onChange={() => onChange(o.value)}
            onBlur={() => onBlur(id, value)}
            onFocus={() => onFocus(id, value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </div>
  );
}

export function CheckboxesWidget(props: WidgetProps) {
  const { id, value, onChange, onBlur, onFocus } = props;
  const options = optionsOf(props);
  const chosen: unknown[] = Array.isArray(value) ? value : [];
  const toggle = (v: unknown, on: boolean) => {
    const next = options.map((o) => o.value).filter((x) => (x === v ? on : chosen.includes(x)));
    onChange(next);
  };
  return (
    <div className="checkboxes" id={id}>
      {options.map((o, i) => (
        <label key={String(o.value)} className="choice">
          <input
            type="checkbox"
            id={optionId(id, i)}
            name={id}
            value={String(o.value)}
            checked={chosen.includes(o.value)}
            disabled={isDisabled(props, o.value)}
            onChange={(e) => toggle(o.value, e.target.checked)}
            onBlur={() => onBlur(id, value)}
            onFocus={() => onFocus(id, value)}
            aria-describedby={ariaDescribedByIds(id)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </div>
  );
}
