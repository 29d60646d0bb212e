import { pointer } from '../../kernel/json-pointer.js';
import type { IndicatorDefinition } from '../definition-types.generated.js';
import { resolvePath } from '../facts/fact-tree.js';
import type { DefinitionReporter } from './definition-reporter.js';
import type { ExpressionEnvs } from './expression-envs.js';

const NEEDS: Record<string, readonly ('numerator' | 'value' | 'from' | 'to')[]> = {
  count: [],
  ratio: ['numerator'],
  sum: ['value'],
  average: ['value'],
  median_duration: ['from', 'to'],
  mean_duration: ['from', 'to'],
};

/** Checks an indicator: its population filter, measure expressions, date paths and dimensions. */
export function linkIndicator(
  indicator: IndicatorDefinition,
  envs: ExpressionEnvs,
  r: DefinitionReporter,
): void {
  const { measure } = indicator;
  const { population } = measure;
  if (population.form !== undefined) r.ref('/measure/population/form', 'form', population.form);
  const env = envs.indicator(population.of, population.form);
  for (const key of NEEDS[measure.type] ?? [])
    if (measure[key] === undefined)
      r.report('/measure', 'invalid-value', `A ${measure.type} measure needs "${key}".`);
  if (population.where !== undefined)
    r.expression('/measure/population/where', population.where, env, 'boolean');
  if (measure.numerator !== undefined) r.expression('/measure/numerator', measure.numerator, env, 'boolean');
  if (measure.value !== undefined) r.expression('/measure/value', measure.value, env, 'number');
  const datePath = (ptr: string, path: string | undefined) => {
    if (path === undefined) return;
    const resolved = resolvePath(env.facts, path);
    if (!resolved.ok) r.report(ptr, 'bad-var-path', resolved.message);
    else if (resolved.tree.type !== 'date' && resolved.tree.type !== 'any')
      r.report(ptr, 'type-mismatch', `"${path}" is a ${resolved.tree.type}, not a date.`);
  };
  datePath('/measure/population/date', population.date);
  datePath('/measure/from', measure.from);
  datePath('/measure/to', measure.to);
  if (measure.type === 'ratio' && indicator.unit !== 'percent')
    r.report('/unit', 'invalid-value', 'A ratio is reported in percent.', 'warning');
  indicator.groupBy?.forEach((dimension, i) => {
    const resolved = resolvePath(env.facts, dimension.path);
    if (!resolved.ok) r.report(pointer('groupBy', i, 'path'), 'bad-var-path', resolved.message);
  });
}
