import { describe, expect, it } from 'vitest';
import { effectiveForm } from './effective-form.js';
import {
  schemaAt as at,
  optionConsts as consts,
  formFixtureBundle,
  propertyNames,
} from './form-fixture-bundle.js';
import type { EffectiveForm, JsonSchema } from './form-types.js';

const bundle = formFixtureBundle();
const TODAY = '2025-03-01';

function run(formId: string, data: unknown, locale = 'en'): EffectiveForm {
  return effectiveForm({ bundle, formId, data, locale, today: TODAY });
}

describe('show rules', () => {
  it.each([
    { hasDisability: true, shown: true },
    { hasDisability: false, shown: false },
    { hasDisability: undefined, shown: false },
  ])('disabilityGroup with hasDisability=$hasDisability is shown: $shown', ({ hasDisability, shown }) => {
    const r = run('screening', { severity: 'low', hasDisability, disabilityGroup: 'II' });
    expect(propertyNames(r.schema).includes('disabilityGroup')).toBe(shown);
    expect(r.data.disabilityGroup).toBe(shown ? 'II' : undefined);
    expect(r.hidden.includes('/disabilityGroup')).toBe(!shown);
    expect((r.schema.required as string[]).includes('disabilityGroup')).toBe(shown);
  });

  it('hides a field of a nested object and drops its data', () => {
    const south = run('intake', { contact: { city: 'Termez', email: 'a@b.uz' }, region: 'south' });
    expect(propertyNames(at(south.schema, 'contact'))).toEqual(['email', 'callAt']);
    expect(south.data.contact).toEqual({ email: 'a@b.uz' });
    const north = run('intake', { contact: { city: 'Nukus' }, region: 'north' });
    expect(propertyNames(at(north.schema, 'contact'))).toEqual(['email', 'city', 'callAt']);
  });

  it('never changes the caller data', () => {
    const data = { severity: 'low', hasDisability: false, disabilityGroup: 'II' };
    run('screening', data);
    expect(data.disabilityGroup).toBe('II');
  });
});

describe('require rules', () => {
  it.each([
    { income: 500, required: true },
    { income: 0, required: false },
  ])('incomeSource with income $income is required: $required', ({ income, required }) => {
    const r = run('intake', { income });
    expect((r.schema.required as string[]).includes('incomeSource')).toBe(required);
    expect(r.required.includes('/incomeSource')).toBe(required);
    expect(r.errors.some((e) => e.pointer === '/incomeSource' && e.code === 'required')).toBe(required);
  });

  it('lists always-required fields with their pointers, items included', () => {
    const r = run('plan', { steps: [{ action: 'a', status: 'planned' }, {}] });
    expect([...r.required].sort()).toEqual([
      '/steps/0/action',
      '/steps/0/status',
      '/steps/1/action',
      '/steps/1/status',
    ]);
  });
});

describe('calculate rules', () => {
  it('fills calculated values, ignores typed-in ones and marks the fields read-only', () => {
    const r = run('intake', {
      birthDate: '1990-03-02',
      age: 99,
      household: [
        { name: 'a', age: 40, disabled: true },
        { name: 'b', age: 12 },
        { name: 'c', age: 70 },
      ],
      householdSize: 1,
    });
    expect(r.data).toMatchObject({ age: 34, householdSize: 3, disabledMembers: 1, adults: 2 });
    expect(at(r.schema, 'age')?.readOnly).toBe(true);
    expect(at(r.schema, 'householdSize')?.readOnly).toBe(true);
    expect(r.readonly).toEqual(
      expect.arrayContaining(['/age', '/householdSize', '/disabledMembers', '/adults']),
    );
  });

  it('passes again until values settle (a rule reading a value a later rule calculates)', () => {
    const r = run('intake', {
      income: 900,
      household: [
        { name: 'a', age: 30 },
        { name: 'b', age: 31 },
      ],
    });
    expect(r.data.incomePerAdult).toBe(450);
  });

  it('removes a calculated value that becomes empty (no division by zero stored)', () => {
    const r = run('intake', { income: 900, incomePerAdult: 5 });
    expect(r.data).not.toHaveProperty('incomePerAdult');
    expect(r.data.adults).toBe(0);
  });

  it('counts items of a repeat group with count_if', () => {
    const steps = ['completed', 'planned', 'completed', 'dropped'].map((status) => ({ action: 'x', status }));
    expect(run('plan', { steps }).data.completedSteps).toBe(2);
    expect(run('plan', {}).data.completedSteps).toBe(0);
  });

  it.each([
    { urgent: true, data: { urgent: true, score: 5 } },
    { urgent: false, data: { urgent: false } },
  ])('settles a calculated field a later rule hides (urgent: $urgent)', ({ urgent, data }) => {
    const r = run('triage', { urgent, score: 3 });
    expect(r.data).toEqual(data);
    expect(r.warnings).toEqual([]);
    expect(r.hidden).toEqual(urgent ? [] : ['/score']);
  });

  it('warns when calculations never settle', () => {
    const r = run('cyclic', {});
    expect(r.warnings.map((w) => w.code)).toEqual(['rules_unstable']);
    expect(r.errors).toEqual([]);
  });
});

describe('per-item rules (steps[].x)', () => {
  const steps = [
    { action: 'a', status: 'dropped', dropReason: 'moved away' },
    { action: 'b', status: 'planned', dropReason: 'stale' },
    { action: 'c', status: 'dropped' },
  ];

  it('applies the rule to each item with steps[].y bound to that item', () => {
    const r = run('plan', { steps });
    expect(r.hidden).toEqual(['/steps/1/dropReason']);
    expect(r.data.steps).toEqual([steps[0], { action: 'b', status: 'planned' }, steps[2]]);
  });

  it('gives each distinct item situation an if/then in the items schema', () => {
    const items = at(run('plan', { steps }).schema, 'steps', 'items') as JsonSchema;
    expect(propertyNames(items)).toEqual(['action', 'due', 'status']);
    expect(items.unevaluatedProperties).toBe(false);
    const [variant, ...others] = items.allOf as JsonSchema[];
    expect(others).toEqual([]);
    expect(variant?.if).toEqual({ properties: { status: { const: 'dropped' } }, required: ['status'] });
    expect(variant?.then).toEqual({ properties: { dropReason: { type: 'string', title: 'Why dropped' } } });
  });

  it('requires, filters and errors per item', () => {
    const household = [
      { name: 'a', relation: 'child', age: 19 },
      { name: 'b', relation: 'child' },
      { name: 'c', relation: 'partner', age: 30, disabled: true, supportNeeds: 'ramp' },
    ];
    const r = run('intake', { fullName: 'A', birthDate: '1990-01-01', household });
    expect(r.required).toEqual(expect.arrayContaining(['/household/0/age', '/household/1/age']));
    expect(r.required).not.toContain('/household/2/age');
    expect(r.errors).toEqual([
      { pointer: '/household/1/age', code: 'required', message: 'This field is required.' },
      {
        pointer: '/household/0/relation',
        code: 'option_not_allowed',
        message: 'This option is not available with the other answers.',
      },
      { pointer: '/household/0/age', code: 'rule:child-under-18', message: 'A child must be under 18.' },
    ]);
    const variants = (at(r.schema, 'household', 'items')?.allOf ?? []) as { then: JsonSchema }[];
    expect(variants).toHaveLength(3);
    expect(consts(at(variants[0]?.then as JsonSchema, 'relation'))).toEqual(['parent', 'partner', 'other']);
    expect(variants[0]?.then.not).toEqual({});
    expect(propertyNames(variants[2]?.then)).toContain('supportNeeds');
  });

  it('reads top-level facts in per-item rules (readonly names once identity is verified)', () => {
    const r = run('intake', { locked: true, household: [{ name: 'a' }, { name: 'b' }] });
    expect(r.readonly).toEqual(
      expect.arrayContaining(['/household/0/name', '/household/1/name', '/fullName']),
    );
    const variant = ((at(r.schema, 'household', 'items')?.allOf ?? []) as { then: JsonSchema }[])[0];
    expect(at(variant?.then as JsonSchema, 'name')?.readOnly).toBe(true);
    expect(variant?.then.required).toEqual(['name']);
  });
});

describe('nested repeat groups', () => {
  const goals = [
    {
      title: 'Work',
      kind: 'job',
      actions: [
        { what: 'todo', done: true, note: 'n' },
        { done: false, note: 'x' },
      ],
    },
    { title: 'Flat', kind: 'home', actions: [{ done: true }] },
  ];

  it('binds both levels: an inner rule reads the outer item (and a named rule the inner one)', () => {
    const r = run('goals', { goals });
    expect(r.hidden).toEqual(['/goals/0/actions/1/note']);
    expect(r.data.goals).toEqual([
      { ...goals[0], actions: [goals[0]?.actions[0], { done: false }], actionCount: 2 },
      { ...goals[1], actionCount: 1 },
    ]);
    expect(r.errors.map((e) => [e.pointer, e.code])).toEqual([
      ['/goals/0/actions/1/what', 'required'],
      ['/goals/0/actions/0/what', 'rule:no-todo'],
    ]);
  });

  it('nests the item variants: the inner group inside the outer variant', () => {
    const items = at(run('goals', { goals }).schema, 'goals', 'items') as JsonSchema;
    const outer = items.allOf as { if: JsonSchema; then: JsonSchema }[];
    expect(outer).toHaveLength(2);
    const inner = (at(outer[0]?.then as JsonSchema, 'actions', 'items')?.allOf ?? []) as {
      then: JsonSchema;
    }[];
    expect(inner.map((v) => v.then.required)).toEqual([['what'], ['what']]);
    expect(inner[0]?.then.not).toEqual({});
  });
});

describe('errors and warnings', () => {
  it('puts field errors at the field and form-level ones at the root', () => {
    const data = {
      fullName: 'A',
      birthDate: '2030-01-01',
      employment: 'unemployed',
      income: 200000,
      incomeSource: 'x',
    };
    const r = run('intake', data, 'fr');
    expect(r.errors).toEqual([
      {
        pointer: '/birthDate',
        code: 'rule:born-in-past',
        message: 'La date de naissance ne peut pas être dans le futur.',
      },
      {
        pointer: '',
        code: 'rule:income-unemployed',
        message: 'Revenu trop élevé pour une personne sans emploi.',
      },
    ]);
    expect(r.schema.not).toEqual({});
    expect((r.schema.errorMessage as { not: string }).not).toContain('La date de naissance');
  });

  it('collects warnings without blocking, with settings as facts', () => {
    const household = Array.from({ length: 7 }, (_, i) => ({ name: `m${i}` }));
    const r = run('intake', { fullName: 'A', birthDate: '1990-01-01', household });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      {
        pointer: '',
        code: 'rule:large-household',
        message: 'A large household: consider a joint assessment.',
      },
    ]);
    expect(r.schema).not.toHaveProperty('not');
  });

  it('takes settings from the input over the site', () => {
    const household = Array.from({ length: 7 }, (_, i) => ({ name: `m${i}` }));
    const data = { fullName: 'A', birthDate: '1990-01-01', household };
    const r = effectiveForm({
      bundle,
      formId: 'intake',
      data,
      locale: 'en',
      today: TODAY,
      settings: { max_household: 9 },
    });
    expect(r.warnings).toEqual([]);
  });

  it('reports a rule that cannot be evaluated on hostile data instead of throwing', () => {
    const r = run('intake', { income: { toString: 1, valueOf: 1 } });
    expect(r.errors).toContainEqual(
      expect.objectContaining({ pointer: '/incomeSource', code: 'rule_failed' }),
    );
    expect(r.errors).toContainEqual(expect.objectContaining({ pointer: '/income', code: 'type' }));
  });

  it('treats properties left undefined (a cleared field) as absent', () => {
    const r = run('screening', { screenedOn: undefined, severity: 'low', stray: undefined });
    expect(r.data).toEqual({ severity: 'low' });
    expect(r.errors.map((e) => [e.pointer, e.code])).toEqual([['/screenedOn', 'required']]);
  });

  it('treats data that is not an object as an empty form, and missing data as a new one', () => {
    expect(run('screening', 'nonsense').errors[0]).toMatchObject({ pointer: '', code: 'type' });
    expect(run('screening', undefined).errors.map((e) => e.code)).toEqual(['required', 'required']);
  });
});
