import { describe, expect, it } from 'vitest';
import type { SiteBundle } from '../../../definitions/site-bundle.js';
import { fixtureBundle } from '../authoring-test-kit.js';
import { checkChanged } from '../draft-set.js';
import { diffBundles } from './diff-bundles.js';

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
type Bundle = Mutable<SiteBundle>;
type Edit = (b: Bundle) => void;
type Json = Record<string, unknown>;

const base = fixtureBundle();
const form = (b: Bundle) => b.forms.assessment!.fields;

/** The bundle after editing a copy of some of its definitions (it must still check). */
function edited(edit: Edit): SiteBundle {
  const copy = structuredClone(base) as unknown as Bundle;
  edit(copy);
  const changes = (['form', 'lookup', 'rule', 'sop'] as const).flatMap((kind) =>
    Object.entries(copy[`${kind}s`]).map(([id, json]) => ({ kind, id, json: json as unknown as Json })),
  );
  const site = copy.site as unknown as Json;
  const result = checkChanged(base, [...changes, { kind: 'site', id: base.siteId, json: site }]);
  if (result.bundle === undefined) throw new Error(JSON.stringify(result.problems.slice(0, 2)));
  return result.bundle;
}

const changesAfter = (edit: Edit) =>
  diffBundles(base, edited(edit), 'en').map((c) => ({
    code: c.code,
    text: c.text,
    impact: c.impact?.query.type ?? null,
  }));

describe('semantic diff', () => {
  it('finds nothing between a bundle and itself', () => {
    expect(diffBundles(base, base, 'en')).toEqual([]);
  });

  it.each<[string, Edit, { code: string; text: string; impact: string | null }]>([
    [
      'a field added',
      (b) => {
        form(b).properties.benefits = { type: 'boolean', title: { en: 'Receives benefits' } };
      },
      {
        code: 'field_added',
        text: 'Field "benefits" (Receives benefits) added to Needs assessment',
        impact: null,
      },
    ],
    [
      'a field removed',
      (b) => {
        delete form(b).properties.notes;
      },
      { code: 'field_removed', text: 'Field "notes" (Notes) removed from Needs assessment', impact: 'facts' },
    ],
    [
      'a field made required',
      (b) => {
        form(b).required?.push('monthly_income');
      },
      {
        code: 'field_required_changed',
        text: 'Field "monthly_income" of Needs assessment is now required',
        impact: null,
      },
    ],
    [
      'a field retyped',
      (b) => {
        form(b).properties.notes = { type: 'number', title: { en: 'Notes' } };
      },
      {
        code: 'field_type_changed',
        text: 'Type of field "notes" of Needs assessment: string → number',
        impact: 'facts',
      },
    ],
    [
      'an inline option relabelled',
      (b) => {
        (form(b).properties.disability_group!.options as { label: object }[])[0]!.label = {
          en: 'First group',
        };
      },
      {
        code: 'option_relabelled',
        text: 'Option "I" of Disability group in Needs assessment relabelled "Group I" → "First group"',
        impact: null,
      },
    ],
    [
      'a lookup option removed',
      (b) => {
        b.lookups['step-status']!.options.splice(2, 1);
      },
      {
        code: 'option_removed',
        text: 'Option "dropped" (Dropped) removed from IAP step status',
        impact: 'facts',
      },
    ],
    [
      'the logic of a rule',
      (b) => {
        const rule = b.rules.eligible as unknown as { logic: { and: { '<=': number[] }[] }; tests: Json[] };
        rule.logic.and[1]!['<=']![1] = 1000;
        rule.tests[2] = {
          ...rule.tests[2],
          facts: { person: { birthDate: '1990-05-01' }, forms: { assessment: { monthly_income: 1800 } } },
        };
      },
      { code: 'logic_changed', text: 'Logic of rule Eligible for the programme? changed', impact: null },
    ],
    [
      'a stage removed',
      (b) => {
        const sop = b.sops.cm!;
        sop.stages.splice(3, 1);
        sop.stages[2]!.transitions = [];
        sop.reviews![0]!.during = ['planning'];
        sop.scenarios = [];
      },
      {
        code: 'stage_removed',
        text: 'Stage "implementation" (Implementation) removed from Case management',
        impact: 'stage',
      },
    ],
    [
      'a deadline shortened',
      (b) => {
        b.sops.cm!.stages[1]!.tasks![0]!.due!.in.amount = 5;
      },
      {
        code: 'deadline_changed',
        text: 'Deadline of task "assess" (Assess the client): 10 working days → 5 working days',
        impact: null,
      },
    ],
    [
      'a task removed',
      (b) => {
        b.sops.cm!.stages[2]!.tasks = [];
        b.sops.cm!.scenarios![0]!.steps[3]!.expect!.openTasks = [];
      },
      {
        code: 'task_removed',
        text: 'Task "write-plan" (Write the plan) removed from Case management',
        impact: 'open_tasks',
      },
    ],
    [
      'a review interval through its setting',
      (b) => {
        b.site.settings!.review_days!.value = 28;
      },
      {
        code: 'review_interval_changed',
        text: 'Interval of review "review" (Plan review): 90 days → 28 days',
        impact: 'review',
      },
    ],
    [
      'a role losing a permission',
      (b) => {
        b.site.roles[3]!.permissions.pop();
      },
      {
        code: 'role_permissions_changed',
        text: 'Role "board_member" (Partnership board member) loses definitions.publish',
        impact: 'memberships',
      },
    ],
  ])('says %s in domain words', (_what, edit, expected) => {
    expect(changesAfter(edit)).toContainEqual(expected);
  });

  it('says when a review comes earlier or later, for the impact count', () => {
    const [earlier] = diffBundles(
      base,
      edited((b) => {
        b.site.settings!.review_days!.value = 28;
      }),
      'en',
    ).filter((c) => c.code === 'review_interval_changed');
    expect(earlier?.params.earlier).toBe(true);
    expect(earlier?.impact?.phrase[1]).toBe('{n} cases get an earlier review');
  });

  it('pairs a removed and an added field of the same type and options as a rename candidate', () => {
    const changes = changesAfter((b) => {
      const fields = form(b).properties;
      fields.disability_category = fields.disability_group!;
      delete fields.disability_group;
    });
    expect(changes).toEqual([
      {
        code: 'field_renamed_candidate',
        text: 'Field "disability_group" of Needs assessment replaced by "disability_category" (Disability group) — renamed? Map it when migrating',
        impact: 'facts',
      },
    ]);
  });

  it('points at the change in the definition, for the editor', () => {
    const [change] = diffBundles(
      base,
      edited((b) => {
        b.lookups['step-status']!.options.splice(2, 1);
      }),
      'en',
    );
    expect(change).toMatchObject({ kind: 'lookup', definitionId: 'step-status', pointer: '/options/2' });
    expect(change?.impact?.query).toEqual({
      type: 'facts',
      uses: [{ form: 'plan', path: ['steps', 'status'] }],
      value: 'dropped',
    });
  });
});
