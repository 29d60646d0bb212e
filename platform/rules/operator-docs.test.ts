import { describe, expect, it } from 'vitest';
import doc from '../../definitions/docs/expressions.md?raw';
import { OPERATORS } from '../definitions/expressions/operator-catalogue.js';
import { createEvaluator } from './create-evaluator.js';
import { describeTrace } from './describe-trace.js';
import { MORE_EXAMPLES, updateExpressionsDoc } from './operator-docs.js';

const evaluator = createEvaluator({
  lookups: {
    'disability-groups': [{ value: 'I' }, { value: 'II' }, { value: 'III' }],
    districts: [{ value: 'chilonzor', parent: 'tashkent-city' }],
  },
  rules: { 'in-target-group': true },
});

/** The fenced block following `<!-- example:<name> -->` in the doc. */
function block(name: string): string {
  const marker = `<!-- example:${name} -->`;
  const start = doc.indexOf(marker);
  if (start < 0) throw new Error(`no ${marker} in the doc`);
  const match = /```\w*\n([\s\S]*?)```/.exec(doc.slice(start + marker.length));
  if (match?.[1] === undefined) throw new Error(`no code block after ${marker}`);
  return match[1];
}

describe('definitions/docs/expressions.md', () => {
  it('has the operator reference generated from the current catalogue', () => {
    expect(updateExpressionsDoc(doc), 'regenerate the reference (see the end of the doc)').toBe(doc);
  });

  const examples = OPERATORS.flatMap((op) =>
    [op.example, ...(MORE_EXAMPLES[op.name] ?? [])].map((e) => [op.name, e] as const),
  );
  it.each(examples)(
    'documents %s with an example that evaluates as stated: %j',
    (_name, { logic, data, result }) => {
      expect(evaluator.evaluate(logic, data)).toEqual(result);
      expect(evaluator.compile(logic)(data)).toEqual(result);
    },
  );

  it('gives Pathway operators more than one example each', () => {
    const custom = OPERATORS.filter((op) => !op.standard).map((op) => op.name);
    expect(custom.filter((name) => (MORE_EXAMPLES[name]?.length ?? 0) === 0)).toEqual([]);
  });

  it.each(['sr-Latn', 'en'])('shows the worked continue-case explanation exactly (%s)', (locale) => {
    const rule = JSON.parse(block('continue-case:rule'));
    const facts = JSON.parse(block('continue-case:facts'));
    const labels = JSON.parse(block('continue-case:labels'))[locale] as Record<string, string>;
    const { value, trace } = evaluator.explain(rule, facts);
    expect(value).toBe(true);
    const lines = describeTrace(trace, { locale, labelFor: (path) => labels[path] });
    expect(lines.map((l) => `${'  '.repeat(l.depth)}${l.text}`).join('\n')).toBe(
      block(`continue-case:trace:${locale}`).trimEnd(),
    );
  });
});
