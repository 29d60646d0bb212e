import { describe, expect, it } from 'vitest';
import type { CountedChange } from '../../../admin-ui/src/api/admin-types.js';
import { CHANGE_PHRASES, IMPACT_PHRASES } from '../../../admin-ui/src/changes/change-phrases.js';
import { phraseChange, phraseCodes, phraseImpact } from '../../../admin-ui/src/changes/phrase-change.js';
import { fixtureBundle } from '../../../platform/cases/authoring/authoring-test-kit.js';
import { CHANGE_CODES, type Change } from '../../../platform/cases/authoring/diff/change.js';
import { diffBundles } from '../../../platform/cases/authoring/diff/diff-bundles.js';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import { UI_LOCALES } from '../../../runtime-ui/src/common/ui-locales.js';

// biome-ignore lint/suspicious/noExplicitAny: the bundle is edited as plain JSON, freely
type Json = any;

const base = fixtureBundle();

/**
 * A copy of the fixture bundle with something of every kind changed — the diff compares JSON, so
 * the copy need not check; it only has to make the diff say as many of its codes as it can.
 */
function everythingEdited(): SiteBundle {
  const b: Json = structuredClone(base);
  const fields = b.forms.assessment.fields;
  fields.properties.benefits = { type: 'boolean', title: { en: 'Receives benefits' } };
  delete fields.properties.notes;
  fields.required = [...(fields.required ?? []), 'monthly_income'];
  fields.properties.monthly_income.title = { en: 'Income a month' };
  fields.properties.monthly_income.description = { en: 'In dinars' };
  fields.properties.monthly_income.type = 'integer';
  fields.properties.disability_category = fields.properties.disability_group;
  delete fields.properties.disability_group;
  b.forms.assessment.rules = [{ id: 'new-rule', effect: 'show', field: 'benefits', when: true }];
  b.forms.plan.title = { en: 'The plan' };
  b.forms.plan.description = { en: 'Steps to take' };
  const options = b.lookups['step-status'].options;
  options.splice(2, 1);
  options.push({ value: 'later', label: { en: 'Later' } });
  options[0].label = { en: 'Relabelled' };
  options[1].deprecated = !(options[1].deprecated ?? false);
  b.rules.eligible.logic = { '==': [1, 2] };
  b.rules.eligible.tests = [
    ...(b.rules.eligible.tests ?? []).slice(1),
    { name: 'new', facts: {}, expect: 1 },
  ];
  const site = b.site;
  site.locales = ['fr'];
  site.partners.push({ id: 'new-partner', name: { en: 'New partner' } });
  site.partners[0].name = { en: 'Renamed hub' };
  site.partners.splice(1, 1);
  site.roles.push({ id: 'new-role', name: { en: 'New role' }, scope: 'own', permissions: [] });
  site.roles[0].permissions = [...site.roles[0].permissions.slice(1), 'case.export'];
  site.roles[0].scope = site.roles[0].scope === 'site' ? 'agency' : 'site';
  site.roles.splice(1, 1);
  site.settings.review_days.value = 28;
  site.settings.min_age.label = { en: 'Youngest age' };
  site.settings.new_setting = { value: 3, label: { en: 'New' } };
  const cm = b.sops.cm;
  cm.initialStage = cm.stages[1].id;
  cm.stages[0].name = { en: 'Renamed stage' };
  cm.stages[0].description = { en: 'Changed' };
  cm.stages[0].transitions = [{ id: 'new-way', to: cm.stages[1].id }];
  cm.stages[1].transitions = [...(cm.stages[1].transitions ?? [])].map((t: Json) => ({ ...t, when: true }));
  cm.stages.splice(3, 1);
  cm.stages.push({ id: 'new-stage', name: { en: 'New stage' }, transitions: [] });
  const tasks = cm.stages[1].tasks;
  tasks[0].due.in.amount = 3;
  tasks[0].role = 'supervisor-changed';
  tasks.push({ id: 'new-task', name: { en: 'New task' }, role: 'case_manager' });
  cm.stages[2].tasks = [];
  cm.approvals = [
    ...(cm.approvals ?? []).slice(1).map((a: Json) => ({ ...a, role: 'changed' })),
    { id: 'new-approval', name: { en: 'New approval' }, role: 'supervisor' },
  ];
  if (base.sops.cm?.approvals?.length === 0) cm.approvals.push({ id: 'x', name: { en: 'X' }, role: 'r' });
  cm.reviews = [
    ...(cm.reviews ?? []).map((r: Json) => ({ ...r, name: { en: 'Renamed review' } })),
    { id: 'new-review', name: { en: 'New review' }, every: { amount: 1, unit: 'months' } },
  ];
  cm.closure = { ...cm.closure, reasons: [{ value: 'done', label: { en: 'Done' } }], note: true };
  cm.milestones = [
    ...(cm.milestones ?? []).slice(1).map((m: Json) => ({ ...m, when: false })),
    { id: 'new-milestone', name: { en: 'New milestone' }, when: true },
  ];
  cm.scenarios = [];
  b.forms.extra = { ...structuredClone(b.forms.plan), title: { en: 'Extra form' } };
  return b as SiteBundle;
}

/** The edited bundle edited again: what was added there is changed here. */
function editedAgain(edited: SiteBundle): SiteBundle {
  const b: Json = structuredClone(edited);
  b.forms.assessment.rules[0].effect = 'hide';
  b.sops.cm.approvals.at(-1).role = 'case_manager';
  b.sops.cm.milestones.at(-1).when = false;
  return b as SiteBundle;
}

const counted = (c: Change): CountedChange => ({
  ...c,
  impact: (c.impact?.query ?? null) as CountedChange['impact'],
  affected: c.impact === undefined ? null : 2,
});

describe('the semantic diff in every UI language', () => {
  it('has a phrase, in every locale, for every code the server emits', () => {
    const missing = CHANGE_CODES.flatMap((code) =>
      phraseCodes(code).flatMap((phrase) =>
        UI_LOCALES.filter(
          ({ id }) => !Object.hasOwn(CHANGE_PHRASES, phrase) || !(CHANGE_PHRASES as Json)[phrase][id],
        ).map(({ id }) => `${phrase} (${id})`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('phrases nothing the server does not emit', () => {
    const phrased = new Set(CHANGE_CODES.flatMap(phraseCodes));
    expect(Object.keys(CHANGE_PHRASES).filter((code) => !phrased.has(code))).toEqual([]);
  });

  const edited = everythingEdited();
  // Forwards, backwards (removals become additions) and once more (additions change).
  const changes = [
    ...diffBundles(base, edited, 'en'),
    ...diffBundles(edited, base, 'en'),
    ...diffBundles(edited, editedAgain(edited), 'en'),
  ].map(counted);

  it('fills every placeholder with what the server sends, in every locale', () => {
    const left = changes.flatMap((c) =>
      UI_LOCALES.map(({ id }) => ({ code: c.code, locale: id, text: phraseChange(c, id) })).filter(
        ({ text }) => /\{\w+\}/.test(text),
      ),
    );
    expect(left).toEqual([]);
  });

  it('is exercised on every code (the edits above make the diff say them all)', () => {
    const said = new Set(changes.map((c) => c.code));
    expect(CHANGE_CODES.filter((code) => !said.has(code))).toEqual([]);
  });

  it('says every impact count in every locale', () => {
    const touching = changes.filter((c) => c.affected !== null);
    expect(touching.length).toBeGreaterThan(5);
    for (const c of touching)
      for (const { id } of UI_LOCALES) {
        const said = phraseImpact(c, id, '2');
        expect(said, `${c.code} ${c.impact?.type} ${id}`).toMatch(/2/);
        expect(said).not.toMatch(/\{\w+\}/);
      }
    for (const phrase of Object.values(IMPACT_PHRASES))
      for (const { id } of UI_LOCALES) expect(phrase[id]).toContain('{n}');
  });

  it('says the new codes in the user’s words, with names', () => {
    const find = (code: string) => changes.find((c) => c.code === code) as CountedChange;
    expect(phraseChange(find('options_source_changed'), 'fr')).toBe(
      'Source des options : liste de valeurs « closure-reasons » → sa propre liste (Case management)',
    );
    expect(phraseChange(find('milestone_added'), 'ru')).toBe(
      'Case management: добавлена веха «New milestone»',
    );
  });
});
