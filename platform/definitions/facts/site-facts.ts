import type { ValueType } from '../expressions/value-type.js';
import type { SiteIndex } from '../site-index.js';
import { type FactTree, leaf, objectTree } from './fact-tree.js';
import { type LookupValues, objectFieldFacts } from './field-facts.js';

/** Option values of the site's lookups. */
export function lookupValuesOf(index: SiteIndex): LookupValues {
  return (id) => index.get('lookup', id)?.options.map((o) => o.value);
}

/** `settings.<id>`: each named setting of the site, typed by its value. */
export function settingsFacts(index: SiteIndex): FactTree {
  const site = index.get('site', index.siteId);
  const children: Record<string, FactTree> = {};
  for (const [id, setting] of Object.entries(site?.settings ?? {})) {
    const type = typeof setting.value as ValueType;
    children[id] = leaf(
      type === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(String(setting.value)) ? 'date' : type,
      setting.label,
    );
  }
  return objectTree(children);
}

/** The facts of one form's data: its fields at the top level, plus `settings` and `today`. */
export function formFacts(index: SiteIndex, formId: string): FactTree {
  const form = index.get('form', formId);
  const root = form
    ? objectFieldFacts(form.fields, lookupValuesOf(index))
    : { type: 'object' as const, open: true };
  return {
    ...root,
    children: { ...(root.children ?? {}), settings: settingsFacts(index), today: leaf('date') },
  };
}

/** `person.*`: the registration form's fields plus the record's own facts. */
export function personRecordFacts(index: SiteIndex): FactTree {
  const site = index.get('site', index.siteId);
  const formId = site?.registration?.form.form;
  const form = formId ? index.get('form', formId) : undefined;
  const fields = form
    ? objectFieldFacts(form.fields, lookupValuesOf(index))
    : { type: 'object' as const, open: true };
  return {
    ...fields,
    children: { ...(fields.children ?? {}), id: leaf('string'), registeredAt: leaf('date') },
  };
}

/** Facts of a rule whose subject is a person. */
export function personFacts(index: SiteIndex): FactTree {
  return objectTree({
    person: personRecordFacts(index),
    settings: settingsFacts(index),
    today: leaf('date'),
  });
}
