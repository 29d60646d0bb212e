import { useMemo, useState } from 'react';
import type { RuleDefinition, RuleTest } from '../../../platform/definitions/definition-types.generated.js';
import type { JsonObject, JsonValue } from '../../../platform/kernel/json.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { Link } from '../../../runtime-ui/src/common/router.js';
import { adminPaths } from '../app/admin-routes.js';
import type { ViewProps } from '../definitions/definition-editor-page.js';
import { ExpressionInput } from '../schema/expression-input.js';
import { LocalizedTextInputs } from '../schema/localized-text-field.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { MatchCount } from './match-count.js';
import { RULE_MESSAGES as M } from './rule-messages.js';
import { inlineDrafts, readsOf } from './rule-reads.js';
import { RuleTests } from './rule-tests.js';
import { runRuleTests } from './run-rule-tests.js';
import { bundleWithSettings, type SettingEdits, SettingsPanel } from './settings-panel.js';
import { Simulator } from './simulator.js';

/**
 * A rule as a board member works on it: its logic, the settings (thresholds) it reads, its tests
 * run on every edit with coverage, who it matches in the live database, and a simulator.
 */
export function RuleEditor({ id, json, onChange, readOnly }: ViewProps) {
  const { t, l } = useI18n();
  const site = useAdminSite();
  const rule = json as unknown as RuleDefinition;
  const [edits, setEdits] = useState<SettingEdits>({});
  const bundle = useMemo(() => {
    const withRule = { ...site.working, rules: { ...site.working.rules, [id]: rule } };
    return bundleWithSettings(withRule, edits);
  }, [site.working, id, rule, edits]);
  const reads = useMemo(() => readsOf(rule.logic, bundle.rules), [rule.logic, bundle.rules]);
  const run = useMemo(() => runRuleTests(bundle, rule), [bundle, rule]);
  const countLogic = useMemo(() => inlineDrafts(rule.logic, bundle), [rule.logic, bundle]);
  const published = site.bundle.rules[id] !== undefined;
  const set = (key: string, value: JsonValue | undefined) => {
    const next: JsonObject = { ...json };
    if (value === undefined) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  return (
    <div className="rule-editor">
      <section className="card" aria-labelledby="rule-logic-title">
        <p className="muted small-text">
          {t(M, 'about', {
            purpose: t(M, `purpose_${rule.purpose}`),
            subject:
              typeof rule.subject === 'string'
                ? t(M, `subject_of_${rule.subject}`)
                : t(M, 'subject_of_form', {
                    form: l(bundle.forms[rule.subject.form]?.title) || rule.subject.form,
                  }),
            returns: t(M, `returns_${rule.returns}`),
          })}
        </p>
        <fieldset className="l10n-field">
          <legend>{t(M, 'name')}</legend>
          <LocalizedTextInputs
            id="rule-name"
            value={rule.name as Record<string, string>}
            onChange={(v) => set('name', v)}
            readOnly={readOnly}
            long={false}
            label={t(M, 'name')}
          />
        </fieldset>
        {rule.description && <p className="small-text">{l(rule.description)}</p>}
        <h2 id="rule-logic-title">{t(M, 'logic')}</h2>
        <ExpressionInput
          id="rule-logic"
          value={rule.logic}
          onChange={(v) => set('logic', (v ?? null) as JsonValue)}
          readOnly={readOnly}
          label={t(M, 'logic')}
        />
        {reads.facts.length > 0 && (
          <p className="small-text muted">{t(M, 'reads', { facts: reads.facts.join(', ') })}</p>
        )}
        {reads.rules.length > 0 && (
          <p className="small-text">
            {t(M, 'calls')}
            {reads.rules.map((r, i) => (
              <span key={r}>
                {i > 0 && ', '}
                <Link to={adminPaths.definition(site.id, 'rule', r)}>{l(bundle.rules[r]?.name) || r}</Link>
              </span>
            ))}
          </p>
        )}
      </section>
      <div className="rule-grid">
        <RuleTests
          tests={rule.tests ?? []}
          run={run}
          readOnly={readOnly}
          onChange={(tests: RuleTest[]) => set('tests', tests as unknown as JsonValue)}
        />
        <div className="rule-side">
          <SettingsPanel
            ids={reads.settings}
            edits={edits}
            readOnly={readOnly}
            onEdit={(setting, value) => setEdits({ ...edits, [setting]: value })}
            onSaved={() => setEdits({})}
          />
          <MatchCount ruleId={id} published={published} logic={countLogic} subject={rule.subject} />
          <Simulator logic={rule.logic} tests={rule.tests ?? []} bundle={bundle} />
        </div>
      </div>
    </div>
  );
}
