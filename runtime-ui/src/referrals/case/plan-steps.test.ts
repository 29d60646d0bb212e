import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../../../../platform/definitions/definition-types.generated.js';
import type { SiteBundle } from '../../../../platform/definitions/site-bundle.js';
import { type PlanLink, planStepChoices, planStepLabel } from './plan-steps.js';

const text = (en: string, fr: string) => ({ en, fr });
const fr = (t: LocalizedText | undefined) => (t ? ((t as Record<string, string>).fr ?? t.en ?? '') : '');

const bundle = {
  lookups: {
    'plan-step-status': {
      options: [
        { value: 'planned', label: text('Planned', 'Prévue') },
        { value: 'referred', label: text('Referred', 'Orientée') },
      ],
    },
    measures: { options: [{ value: 'training', label: text('Vocational training', 'Formation') }] },
  },
  forms: {
    'case-plan': {
      id: 'case-plan',
      fields: {
        type: 'object',
        properties: {
          plan: {
            type: 'object',
            properties: {
              steps: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    no: { type: 'integer' },
                    measure: { type: 'string', options: { lookup: 'measures' } },
                    due: { type: 'string', format: 'date' },
                    status: { type: 'string', options: { lookup: 'plan-step-status' } },
                    action: { type: 'string' },
                    who: { type: 'string' },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} as unknown as SiteBundle;

const link: PlanLink = {
  form: 'case-plan',
  items: 'plan.steps',
  statusField: 'status',
  statusOn: { requested: 'referred' },
};

const plan = {
  plan: {
    steps: [
      {
        no: 1,
        measure: 'training',
        due: '2025-03-01',
        status: 'planned',
        action: 'Welding course',
        who: 'NES',
      },
      { no: 2, status: 'referred', action: `Enrol  in school ${'x'.repeat(80)}` },
      { no: 3, measure: 'unknown-code' },
    ],
  },
};

describe('planStepChoices', () => {
  it('labels each step by its number, first two text fields (option labels translated) and status', () => {
    const choices = planStepChoices(bundle, link, plan, fr);
    expect(choices.map((c) => c.index)).toEqual([0, 1, 2]);
    expect(choices[0]?.label).toBe('1. Formation · Welding course (Prévue)');
    expect(choices[2]?.label).toBe('3. unknown-code');
  });

  it('cuts long texts and folds their white space', () => {
    const label = planStepChoices(bundle, link, plan, fr)[1]?.label ?? '';
    expect(label.startsWith('2. Enrol in school xx')).toBe(true);
    expect(label.endsWith('… (Orientée)')).toBe(true);
    expect(label.length).toBeLessThan(80);
  });

  it('has no steps without a plan, without the repeat group or with an unknown form', () => {
    expect(planStepChoices(bundle, link, undefined, fr)).toEqual([]);
    expect(planStepChoices(bundle, link, { plan: {} }, fr)).toEqual([]);
    expect(planStepChoices(bundle, { ...link, form: 'nope' }, plan, fr).map((c) => c.label)).toEqual([
      '1.',
      '2.',
      '3.',
    ]);
  });
});

describe('planStepLabel', () => {
  it('reads the linked step, or nothing when the plan no longer has it', () => {
    expect(planStepLabel(bundle, link, plan, 0, fr)).toBe('1. Formation · Welding course (Prévue)');
    expect(planStepLabel(bundle, link, plan, 7, fr)).toBeUndefined();
  });
});
