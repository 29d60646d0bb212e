import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import type { JsonObject } from '../../../platform/kernel/json.js';

/** Ids must make a valid `<id>.<kind>.json` file name (as the server checks). */
export const DEFINITION_ID = /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$/;

/** Kinds a new definition can be of (a site has one site definition). */
export const NEW_KINDS = ['form', 'lookup', 'rule', 'sop', 'referral', 'service', 'indicator'] as const;
export type NewKind = (typeof NEW_KINDS)[number];

/**
 * The smallest definition of a kind to start editing from: the required properties, texts in
 * every locale of the site (the id stands in until someone writes them).
 */
export function newDefinition(kind: NewKind, id: string, bundle: SiteBundle): JsonObject {
  const text = (value: string): JsonObject => Object.fromEntries(bundle.site.locales.map((l) => [l, value]));
  const partners = bundle.site.partners;
  const hub = (partners.find((p) => p.hub === true) ?? partners[0])?.id ?? 'hub';
  const other = partners.find((p) => p.id !== hub)?.id ?? hub;
  const base = { kind, id };
  switch (kind) {
    case 'form':
      return {
        ...base,
        title: text(id),
        fields: { type: 'object', properties: { notes: { type: 'string', title: text('notes') } } },
      };
    case 'lookup':
      return { ...base, name: text(id), options: [{ value: 'first', label: text('first') }] };
    case 'rule':
      return {
        ...base,
        name: text(id),
        purpose: 'condition',
        subject: 'case',
        returns: 'boolean',
        logic: { '===': [{ var: 'case.status' }, 'open'] },
        tests: [
          { name: 'open case', facts: { case: { status: 'open' } }, expect: true },
          { name: 'closed case', facts: { case: { status: 'closed' } }, expect: false },
        ],
      };
    case 'sop':
      return {
        ...base,
        name: text(id),
        initialStage: 'intake',
        stages: [{ id: 'intake', name: text('intake') }],
        closure: { reasons: [{ value: 'done', label: text('done') }], fromStages: ['intake'] },
      };
    case 'referral':
      return {
        ...base,
        name: text(id),
        from: { partners: [hub] },
        to: { partner: other },
        responseDeadline: { amount: 5, unit: 'working_days' },
        responsibility: 'kept',
      };
    case 'service':
      return { ...base, name: text(id), description: text(id), provider: { partner: hub } };
    case 'indicator':
      return {
        ...base,
        name: text(id),
        measure: { type: 'count', population: { of: 'cases' } },
        unit: 'count',
      };
  }
}
