import type { IndicatorEntity, RuleDefinition } from '../definition-types.generated.js';
import type { ExpressionEnv, RuleSignature } from '../expressions/check-expression.js';
import type { ValueType } from '../expressions/value-type.js';
import { caseFacts } from '../facts/case-facts.js';
import type { FactTree } from '../facts/fact-tree.js';
import { indicatorFacts } from '../facts/indicator-facts.js';
import { formFacts, personFacts } from '../facts/site-facts.js';
import type { SiteIndex } from '../site-index.js';

/** The subject of a rule as a string: `case`, `person` or `form:<id>`. */
export function ruleSubject(rule: Pick<RuleDefinition, 'subject'>): string {
  return typeof rule.subject === 'string' ? rule.subject : `form:${rule.subject.form}`;
}

/** The expression environments of a site: one per kind of facts, built lazily and shared. */
export type ExpressionEnvs = {
  readonly case: ExpressionEnv;
  readonly person: ExpressionEnv;
  form(formId: string): ExpressionEnv;
  indicator(entity: IndicatorEntity, formId?: string): ExpressionEnv;
  forSubject(subject: string): ExpressionEnv;
};

export function expressionEnvs(index: SiteIndex): ExpressionEnvs {
  const rule = (id: string): RuleSignature | undefined => {
    const def = index.get('rule', id);
    if (def === undefined) return index.has('rule', id) ? { subject: 'any', returns: 'any' } : undefined;
    return { subject: ruleSubject(def), returns: def.returns as ValueType };
  };
  const hasLookup = (id: string) => index.has('lookup', id);
  const cache = new Map<string, ExpressionEnv>();
  const env = (key: string, subject: string, facts: () => FactTree): ExpressionEnv => {
    let found = cache.get(key);
    if (found === undefined) {
      found = { facts: facts(), subject, rule, hasLookup };
      cache.set(key, found);
    }
    return found;
  };
  const forSubject = (subject: string): ExpressionEnv => {
    if (subject === 'case') return env('case', 'case', () => caseFacts(index));
    if (subject === 'person') return env('person', 'person', () => personFacts(index));
    const formId = subject.slice('form:'.length);
    return env(subject, subject, () => formFacts(index, formId));
  };
  return {
    get case() {
      return forSubject('case');
    },
    get person() {
      return forSubject('person');
    },
    form: (formId) => forSubject(`form:${formId}`),
    indicator: (entity, formId) =>
      env(`indicator:${entity}:${formId ?? ''}`, entity === 'persons' ? 'person' : 'case', () =>
        indicatorFacts(index, entity, formId),
      ),
    forSubject,
  };
}
