/**
 * Test support (imported by the tests only): the fixture site `fx-site` plus an `intake` form that
 * uses every feature of the form language — lookups with a deprecated option, patterns with
 * messages, calculations (also chained out of order), per-item rules in a repeat group, option
 * filters, readonly rules, form-level and field errors and warnings, a nested object, a
 * multi-select, sections, widgets and placeholders — a `cyclic` form whose calculations never
 * settle, and a `triage` form that hides a calculated field.
 */

import { edit, type FixtureFiles, fixtureResolver } from '../../test/support/fixture-sites.js';
import { checkSite } from '../definitions/check-site.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import { ACTION_DONE, CYCLIC, EMPLOYMENT, GOALS, INTAKE, TRIAGE, t } from './fixture-forms.js';
import type { JsonSchema } from './form-types.js';

function addForms(files: FixtureFiles): void {
  files.set('fx-site/intake.form.json', structuredClone(INTAKE));
  files.set('fx-site/cyclic.form.json', structuredClone(CYCLIC));
  files.set('fx-site/triage.form.json', structuredClone(TRIAGE));
  files.set('fx-site/goals.form.json', structuredClone(GOALS));
  files.set('fx-site/action-done.rule.json', structuredClone(ACTION_DONE));
  files.set('fx-site/employment-status.lookup.json', structuredClone(EMPLOYMENT));
  edit<{ settings: Record<string, unknown> }>(files, 'fx-site/fx-site.site.json', (site) => {
    site.settings.max_household = {
      value: 6,
      unit: 'count',
      label: t('Largest household without a joint assessment', 'Plus grand ménage sans évaluation conjointe'),
      source: 'assumption',
    };
  });
}

/**
 * The checked fixture bundle with the test forms; `change` edits the files first (e.g. the
 * default locale). Throws with the checker's problems when the site does not check.
 */
export function formFixtureBundle(change: (files: FixtureFiles) => void = () => {}): SiteBundle {
  const result = checkSite(
    'fx-site',
    fixtureResolver((files) => {
      addForms(files);
      change(files);
    }),
  );
  if (result.bundle === undefined) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.bundle;
}

/** The subschema at a path of property names (`items` steps into array items). */
export function schemaAt(schema: JsonSchema, ...path: string[]): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  for (const key of path) {
    if (node === undefined) return undefined;
    const properties = node.properties as Record<string, JsonSchema> | undefined;
    node = (key === 'items' ? node.items : properties?.[key]) as JsonSchema | undefined;
  }
  return node;
}

/** The property names of an object schema. */
export const propertyNames = (schema: JsonSchema | undefined): string[] =>
  Object.keys((schema?.properties ?? {}) as object);

/** The `const` of each `oneOf` entry: the options offered. */
export const optionConsts = (schema: JsonSchema | undefined): unknown[] =>
  ((schema?.oneOf ?? []) as { const: unknown }[]).map((entry) => entry.const);
