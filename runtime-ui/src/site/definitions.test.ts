import { describe, expect, it } from 'vitest';
import type { SopDefinition } from '../../../platform/definitions/definition-types.generated.js';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import { optionLabel, optionsOf, stagesInOrder, taskName } from './definitions.js';

const name = (en: string) => ({ en });

const sop = {
  kind: 'sop',
  id: 'cm',
  name: name('CM'),
  initialStage: 'intake',
  stages: [
    { id: 'closure-check', name: name('Closure check') },
    {
      id: 'planning',
      name: name('Planning'),
      transitions: [{ id: 'back', to: 'assessment', name: name('Back') }],
    },
    {
      id: 'assessment',
      name: name('Assessment'),
      tasks: [{ id: 'assess', name: name('Assess'), role: 'cm' }],
      transitions: [{ id: 'plan', to: 'planning', name: name('Plan') }],
    },
    {
      id: 'intake',
      name: name('Intake'),
      transitions: [
        { id: 'go', to: 'assessment', name: name('Go') },
        { id: 'out', closeWith: 'not_eligible', name: name('Out') },
      ],
    },
  ],
  approvals: [{ id: 'plan-ok', name: name('Plan approval'), role: 'sup' }],
  closure: { reasons: { lookup: 'reasons' } },
} as unknown as SopDefinition;

const bundle = {
  lookups: {
    reasons: {
      options: [
        { value: 'done', label: name('Done') },
        { value: 'old', label: name('Old'), deprecated: true },
      ],
    },
  },
} as unknown as SiteBundle;

describe('definitions', () => {
  it('orders stages along the transitions from the initial stage, unreachable ones last', () => {
    expect(stagesInOrder(sop).map((s) => s.id)).toEqual([
      'intake',
      'assessment',
      'planning',
      'closure-check',
    ]);
  });
  it('names tasks and approvals', () => {
    expect(taskName(sop, 'assess')).toEqual(name('Assess'));
    expect(taskName(sop, 'plan-ok')).toEqual(name('Plan approval'));
    expect(taskName(sop, 'nothing')).toBeUndefined();
  });
  it('reads option sets from lookups, offering no deprecated options but still naming them', () => {
    expect(optionsOf(bundle, sop.closure.reasons).map((o) => o.value)).toEqual(['done']);
    expect(optionLabel(bundle, sop.closure.reasons, 'old')).toEqual(name('Old'));
  });
});
