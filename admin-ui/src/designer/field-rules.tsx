import { useId } from 'react';
import type { JsonObject, JsonValue } from '../../../platform/kernel/json.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { ExpressionInput } from '../schema/expression-input.js';
import { LocalizedTextInputs } from '../schema/localized-text-field.js';
import { DESIGNER_MESSAGES as M } from './designer-messages.js';
import { rulesOf } from './designer-model.js';

const EFFECTS = ['show', 'require', 'calculate', 'error', 'warning', 'filter_options', 'readonly'] as const;

/** Which expression an effect reads: `value` for calculate, `allow` for option filters, else `when`. */
const expressionKey = (effect: unknown) =>
  effect === 'calculate' ? 'value' : effect === 'filter_options' ? 'allow' : 'when';

function RuleCard({
  n,
  rule,
  onChange,
  onRemove,
  readOnly,
}: {
  n: number;
  rule: JsonObject;
  onChange: (rule: JsonObject) => void;
  onRemove: () => void;
  readOnly: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const key = expressionKey(rule.effect);
  const set = (k: string, v: JsonValue | undefined) => {
    const next = { ...rule };
    if (v === undefined) delete next[k];
    else next[k] = v;
    onChange(next);
  };
  return (
    <fieldset className="form-rule">
      <legend>
        {t(M, 'ruleN', { n })}
        {typeof rule.id === 'string' && <code className="muted"> {rule.id}</code>}
      </legend>
      <label htmlFor={`${id}-effect`}>{t(M, 'effect')}</label>
      <select
        id={`${id}-effect`}
        value={String(rule.effect ?? 'show')}
        disabled={readOnly}
        onChange={(e) => {
          const next: JsonObject = { ...rule, effect: e.target.value };
          const from = expressionKey(rule.effect);
          const to = expressionKey(e.target.value);
          if (from !== to && rule[from] !== undefined) {
            next[to] = rule[from] as JsonValue;
            delete next[from];
          }
          onChange(next);
        }}
      >
        {EFFECTS.map((e) => (
          <option key={e} value={e}>
            {t(M, `effect_${e}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-expr`}>{key === 'when' ? t(M, 'condition') : t(M, 'expression')}</label>
      <ExpressionInput
        id={`${id}-expr`}
        value={rule[key]}
        onChange={(v) => set(key, v as JsonValue | undefined)}
        readOnly={readOnly}
        label={key === 'when' ? t(M, 'condition') : t(M, 'expression')}
        rows={3}
      />
      {(rule.effect === 'error' || rule.effect === 'warning') && (
        <fieldset className="l10n-field">
          <legend>{t(M, 'message')}</legend>
          <LocalizedTextInputs
            id={`${id}-message`}
            value={rule.message as Record<string, string> | undefined}
            onChange={(v) => set('message', v)}
            readOnly={readOnly}
            long
            label={t(M, 'message')}
          />
        </fieldset>
      )}
      {!readOnly && (
        <button type="button" className="small danger-outline" onClick={onRemove}>
          {t(M, 'removeRule', { n })}
        </button>
      )}
    </fieldset>
  );
}

/** The form rules acting on one field: effect, condition or expression, message. */
export function FieldRules({
  form,
  name,
  onChange,
  readOnly,
}: {
  form: JsonObject;
  name: string;
  onChange: (form: JsonObject) => void;
  readOnly: boolean;
}) {
  const { t } = useI18n();
  const all = Array.isArray(form.rules) ? (form.rules as JsonObject[]) : [];
  const mine = rulesOf(form, name);
  const setRules = (rules: JsonObject[]) => {
    const next = { ...form };
    if (rules.length === 0) delete next.rules;
    else next.rules = rules;
    onChange(next);
  };
  return (
    <section className="card field-rules" aria-labelledby="field-rules-title">
      <h2 id="field-rules-title">{t(M, 'rulesOfField', { name })}</h2>
      {mine.length === 0 && <p className="muted">{t(M, 'noRules')}</p>}
      {mine.map(({ index, rule }, n) => (
        <RuleCard
          key={index}
          n={n + 1}
          rule={rule}
          readOnly={readOnly}
          onChange={(r) => setRules(all.map((x, i) => (i === index ? r : x)))}
          onRemove={() => setRules(all.filter((_, i) => i !== index))}
        />
      ))}
      {!readOnly && (
        <button
          type="button"
          className="small"
          onClick={() => setRules([...all, { field: name, effect: 'show', when: { '!!': [{ var: name }] } }])}
        >
          + {t(M, 'addRule')}
        </button>
      )}
      <p className="muted small-text">{t(M, 'otherRules', { n: all.length - mine.length })}</p>
    </section>
  );
}
