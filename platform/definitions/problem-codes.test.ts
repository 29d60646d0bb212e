import { describe, expect, it } from 'vitest';
import { edit, type FixtureFiles, fileKey, fixtureResolver } from '../../test/support/fixture-sites.js';
import { checkSite } from './check-site.js';
import { PROBLEM_CODES, type ProblemCode } from './problem.js';

// biome-ignore lint/suspicious/noExplicitAny: fixture JSON is edited freely in these tables
type Json = Record<string, any>;

/** One negative fixture per problem code: an edit of the valid fixture and the one error it must cause. */
const CASES: {
  code: ProblemCode;
  edit: (f: FixtureFiles) => void;
  file: string;
  pointer: string;
  site?: string;
}[] = [
  {
    code: 'json-parse',
    edit: (f) => f.set('fx-site/job-club.service.json', '{ "kind": "service", '),
    file: 'fx-site/job-club.service.json',
    pointer: '',
  },
  {
    code: 'file-name',
    edit: (f) => f.set('fx-site/notes.txt.json', { hello: 1 }),
    file: 'fx-site/notes.txt.json',
    pointer: '',
  },
  {
    code: 'id-mismatch',
    edit: (f) =>
      edit<Json>(f, 'fx-site/feedback.form.json', (j) => {
        j.id = 'counter-referral';
      }),
    file: 'fx-site/feedback.form.json',
    pointer: '/id',
  },
  {
    code: 'schema',
    edit: (f) =>
      edit<Json>(f, 'fx-site/screening.form.json', (j) => {
        j.fields.properties.severity.type = 'text';
      }),
    file: 'fx-site/screening.form.json',
    pointer: '/fields/properties/severity/type',
  },
  {
    code: 'duplicate-id',
    edit: (f) =>
      edit<Json>(f, 'fx-site/screening.form.json', (j) => {
        j.layout.sections.push({ id: 'main', title: { en: 'x', fr: 'x' }, fields: ['consent'] });
        j.layout.sections[0].fields.pop();
      }),
    file: 'fx-site/screening.form.json',
    pointer: '/layout/sections/1',
  },
  {
    code: 'unknown-reference',
    edit: (f) =>
      edit<Json>(f, 'fx-site/to-employment.referral.json', (j) => {
        j.feedbackForm.form = 'feedbak';
      }),
    file: 'fx-site/to-employment.referral.json',
    pointer: '/feedbackForm/form',
  },
  {
    code: 'bad-var-path',
    edit: (f) =>
      edit<Json>(f, 'fx-site/eligible.rule.json', (j) => {
        j.logic.and[1].in[0].var = 'forms.screening.disabilityGrop';
      }),
    file: 'fx-site/eligible.rule.json',
    pointer: '/logic/and/1/in/0/var',
  },
  {
    code: 'bad-expression',
    edit: (f) =>
      edit<Json>(f, 'fx-site/screening.form.json', (j) => {
        j.rules[0].when = { '===': [{ var: 'hasDisability' }, true], extra: 1 };
      }),
    file: 'fx-site/screening.form.json',
    pointer: '/rules/0/when',
  },
  {
    code: 'unknown-operator',
    edit: (f) =>
      edit<Json>(f, 'fx-site/eligible.rule.json', (j) => {
        j.logic.and[0]['>='][0] = { age: [{ var: 'person.birthDate' }] };
      }),
    file: 'fx-site/eligible.rule.json',
    pointer: '/logic/and/0/>=/0/age',
  },
  {
    code: 'wrong-arity',
    edit: (f) =>
      edit<Json>(f, 'fx-site/eligible.rule.json', (j) => {
        j.logic.and[0]['>='][0] = { days_between: [{ var: 'person.birthDate' }] };
      }),
    file: 'fx-site/eligible.rule.json',
    pointer: '/logic/and/0/>=/0/days_between',
  },
  {
    code: 'type-mismatch',
    edit: (f) =>
      edit<Json>(f, 'fx-site/eligible.rule.json', (j) => {
        j.logic.and[0]['>='][1] = { var: 'person.lastName' };
      }),
    file: 'fx-site/eligible.rule.json',
    pointer: '/logic/and/0/>=/1',
  },
  {
    code: 'unknown-option-value',
    edit: (f) =>
      edit<Json>(f, 'fx-site/fx-site.site.json', (j) => {
        j.caseload.weights[0].when['==='][1] = 'hihg';
      }),
    file: 'fx-site/fx-site.site.json',
    pointer: '/caseload/weights/0/when/===/1',
  },
  {
    code: 'expression-too-large',
    edit: (f) =>
      edit<Json>(f, 'fx-site/eligible.rule.json', (j) => {
        let deep: unknown = true;
        for (let i = 0; i < 60; i++) deep = { '!': [deep] };
        j.logic.and.push({ '!!': [deep] });
      }),
    file: 'fx-site/eligible.rule.json',
    pointer: expect.stringMatching(/^\/logic\/and\/2\/!!\/0(\/!\/0)+$/) as unknown as string,
  },
  {
    code: 'rule-cycle',
    edit: (f) =>
      edit<Json>(f, 'fx-site/eligible.rule.json', (j) => {
        j.logic.and.push({ rule: 'eligible' });
      }),
    file: 'fx-site/eligible.rule.json',
    pointer: '/logic',
  },
  {
    code: 'extends-cycle',
    edit: (f) =>
      edit<Json>(f, 'fx-base/fx-base.site.json', (j) => {
        j.extends = 'fx-site';
      }),
    file: 'fx-base/fx-base.site.json',
    pointer: '/extends',
  },
  {
    code: 'override-missing',
    edit: (f) =>
      f.set('fx-site/statuses.lookup.json', {
        kind: 'lookup',
        id: 'statuses',
        override: 'merge',
        options: [{ value: 'x', label: { en: 'x', fr: 'x' } }],
      }),
    file: 'fx-site/statuses.lookup.json',
    pointer: '/override',
  },
  {
    code: 'override-undeclared',
    edit: (f) =>
      edit<Json>(f, 'fx-site/base.sop.json', (j) => {
        delete j.override;
      }),
    file: 'fx-site/base.sop.json',
    pointer: '/id',
  },
  {
    code: 'site-not-found',
    edit: (f) =>
      edit<Json>(f, 'fx-site/fx-site.site.json', (j) => {
        j.extends = 'national-template';
      }),
    file: 'fx-site/fx-site.site.json',
    pointer: '/extends',
  },
  {
    code: 'missing-translation',
    edit: (f) =>
      edit<Json>(f, 'fx-base/closure-reasons.lookup.json', (j) => {
        delete j.options[1].label.fr;
      }),
    file: 'fx-base/closure-reasons.lookup.json',
    pointer: '/options/1/label',
  },
  {
    code: 'invalid-value',
    edit: (f) =>
      edit<Json>(f, 'fx-site/registration.form.json', (j) => {
        j.subject = 'case';
      }),
    file: 'fx-site/fx-site.site.json',
    pointer: '/registration/form/form',
  },
];

describe('every problem code has a negative fixture with its exact pointer', () => {
  it('covers every code of the table', () => {
    expect(new Set(CASES.map((c) => c.code))).toEqual(new Set(Object.keys(PROBLEM_CODES)));
  });

  it.each(CASES)('$code', ({ code, edit: change, file, pointer, site }) => {
    const { problems, bundle } = checkSite(site ?? 'fx-site', fixtureResolver(change));
    const errors = problems
      .filter((p) => p.severity === 'error')
      .map((p) => ({ file: fileKey(p.file), pointer: p.pointer, code: p.code }));
    expect(errors).toEqual([{ file, pointer, code }]);
    expect(bundle).toBeUndefined();
  });

  it('points into the template file when the template wrote the offending value, even when checking the site', () => {
    const { problems } = checkSite(
      'fx-site',
      fixtureResolver((f) =>
        edit<Json>(f, 'fx-base/base.sop.json', (j) => {
          j.stages[1].transitions = [{ id: 'x', to: 'closure', name: { en: 'x', fr: 'x' } }];
        }),
      ),
    );
    expect(problems.map((p) => [fileKey(p.file), p.pointer, p.code])).toContainEqual([
      'fx-base/base.sop.json',
      '/stages/1/transitions/0/to',
      'unknown-reference',
    ]);
  });

  it('maps a pointer of the merged definition back to the place in the overriding file', () => {
    const { problems } = checkSite(
      'fx-site',
      fixtureResolver((f) =>
        edit<Json>(f, 'fx-site/base.sop.json', (j) => {
          j.stages = j.stages.filter((s: Json) => s.id !== 'assessment' && s.id !== 'intake');
          j.stages[0].transitions[0].to = 'implementatoin';
        }),
      ),
    );
    // planning is stages[2] once merged, but stages[0] of the overriding file
    expect(problems.map((p) => [fileKey(p.file), p.pointer, p.code])).toContainEqual([
      'fx-site/base.sop.json',
      '/stages/0/transitions/0/to',
      'unknown-reference',
    ]);
  });
});
