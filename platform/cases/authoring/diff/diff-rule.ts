import type {
  LookupDefinition,
  RuleDefinition,
  RuleTest,
} from '../../../definitions/definition-types.generated.js';
import type { FieldUse } from '../authoring-store.js';
import type { BundleContent } from '../bundle-definitions.js';
import { diffByKey, same } from './by-key.js';
import type { DefinitionDiff } from './change.js';
import { diffOptions } from './diff-options.js';
import { formFields, optionsOf } from './form-fields.js';

/** Logic and tests of a rule. */
export function diffRule(d: DefinitionDiff, a: RuleDefinition, b: RuleDefinition): string[] {
  if (!same(a.logic, b.logic)) d.add('logic_changed', '/logic', `Logic of rule ${d.name} changed`);
  const tests = diffByKey<RuleTest>(a.tests, b.tests, (t) => t.name);
  const parts = [
    [tests.added.length, 'added'],
    [tests.removed.length, 'removed'],
    [tests.changed.length, 'changed'],
  ].filter(([n]) => n !== 0);
  if (parts.length > 0)
    d.add(
      'tests_changed',
      '/tests',
      `Tests of rule ${d.name}: ${parts.map(([n, what]) => `${n} ${what}`).join(', ')}`,
      { added: tests.added.length, removed: tests.removed.length, changed: tests.changed.length },
    );
  return ['logic', 'tests'];
}

/** Case-form fields of a bundle whose options come from a lookup: where its values live in case data. */
export function lookupUses(bundle: BundleContent, lookupId: string): FieldUse[] {
  const uses: FieldUse[] = [];
  for (const [formId, form] of Object.entries(bundle.forms)) {
    if ((form.subject ?? 'case') !== 'case') continue;
    for (const entry of formFields(form).values()) {
      const options = optionsOf(entry.field);
      if (options !== undefined && !Array.isArray(options) && options.lookup === lookupId)
        uses.push({ form: formId, path: entry.segments });
    }
  }
  return uses;
}

/** The options of a lookup; removing one counts the open cases whose data holds it in any form. */
export function diffLookup(
  d: DefinitionDiff,
  lookupId: string,
  a: LookupDefinition,
  b: LookupDefinition,
): string[] {
  diffOptions(
    d,
    { pointer: '/options', what: d.name, uses: lookupUses(d.scope.from, lookupId) },
    a.options,
    b.options,
  );
  return ['options'];
}
