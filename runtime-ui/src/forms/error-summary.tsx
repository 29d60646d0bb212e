import { useEffect, useRef } from 'react';
import type { FieldError, JsonSchema } from '../../../platform/forms/index.js';
import { parsePointer } from '../../../platform/kernel/json-pointer.js';
import { useI18n } from '../common/i18n.js';
import { ID_PREFIX, ID_SEPARATOR } from './field-ids.js';
import { fieldTitle } from './field-title.js';
import { FORM_UI_MESSAGES } from './form-ui-messages.js';

function fieldId(pointer: string): string {
  return [ID_PREFIX, ...parsePointer(pointer)].join(ID_SEPARATOR);
}

/** Focuses the field an error is about (or the first input of its group). */
function focusField(pointer: string): void {
  const element = document.getElementById(fieldId(pointer));
  const target = element?.matches('input, select, textarea')
    ? element
    : element?.querySelector('input, select, textarea');
  (target as HTMLElement | null | undefined)?.focus();
}

/**
 * The problems blocking a submission, each a link to its field; it takes the focus when it
 * appears so keyboard and screen-reader users hear what to fix.
 */
export function ErrorSummary({ errors, schema }: { errors: readonly FieldError[]; schema: JsonSchema }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  if (!shown) return null;
  return (
    <div ref={ref} className="notice notice-error" role="alert" tabIndex={-1}>
      <p>{t(FORM_UI_MESSAGES, 'errorSummary')}</p>
      <ul>
        {errors.map((e) => (
          <li key={`${e.pointer}|${e.message}`}>
            <a
              href={`#${fieldId(e.pointer)}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(e.pointer);
              }}
            >
              {e.pointer === '' ? t(FORM_UI_MESSAGES, 'wholeForm') : fieldTitle(schema, e.pointer)}
            </a>
            : {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Warnings from the form's rules: shown, never blocking. */
export function WarningList({ warnings, schema }: { warnings: readonly FieldError[]; schema: JsonSchema }) {
  const { t } = useI18n();
  if (warnings.length === 0) return null;
  return (
    <div className="notice notice-warn" role="status">
      <p>{t(FORM_UI_MESSAGES, 'warnings')}</p>
      <ul>
        {warnings.map((w) => (
          <li key={`${w.pointer}|${w.message}`}>
            {w.pointer !== '' && <strong>{fieldTitle(schema, w.pointer)}: </strong>}
            {w.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
