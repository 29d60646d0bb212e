import { describe, expect, it } from 'vitest';
import { edit, fixtureResolver } from '../../test/support/fixture-sites.js';
import { checkSite } from './check-site.js';

describe('checkSite on the fixture sites', () => {
  it('checks the fixture site and its template with no problems and builds a frozen bundle', () => {
    const result = checkSite('fx-site', fixtureResolver());
    expect(result.problems).toEqual([]);
    const bundle = result.bundle;
    expect(bundle?.chain).toEqual(['fx-base', 'fx-site']);
    expect(bundle?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.isFrozen(bundle?.sops.base)).toBe(true);
    expect(Object.keys(bundle?.forms ?? {}).sort()).toEqual([
      'feedback',
      'plan',
      'referral-request',
      'registration',
      'screening',
    ]);
  });

  it('layers the template: the site file merges partners and roles; the SOP merges stages by id', () => {
    const bundle = checkSite('fx-site', fixtureResolver()).bundle;
    expect(bundle?.site.partners.map((p) => p.id)).toEqual(['hub', 'employment']);
    expect(bundle?.site.roles.map((r) => r.id)).toEqual(['case_manager', 'supervisor', 'counsellor']);
    expect(bundle?.site.template).toBeUndefined();
    const sop = bundle?.sops.base;
    expect(sop?.stages.map((s) => s.id)).toEqual(['intake', 'assessment', 'planning', 'implementation']);
    // the template's stage name survives the merge; the site adds a transition next to the template's
    expect(sop?.stages[0]?.name.en).toBe('Intake');
    expect(sop?.stages[0]?.transitions?.map((t) => t.id)).toEqual(['to-assessment', 'ineligible']);
    expect(sop?.stages[0]?.transitions?.[0]?.to).toBe('assessment');
    expect(sop?.override).toBeUndefined();
  });

  it('gives the same hash for the same content and a different one when content changes', () => {
    const a = checkSite('fx-site', fixtureResolver()).bundle?.hash;
    const b = checkSite('fx-site', fixtureResolver()).bundle?.hash;
    const c = checkSite(
      'fx-site',
      fixtureResolver((f) =>
        edit(f, 'fx-site/job-club.service.json', (s) => {
          (s.capacity as { places: number }).places = 13;
        }),
      ),
    ).bundle?.hash;
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('checks the template on its own', () => {
    expect(checkSite('fx-base', fixtureResolver()).problems).toEqual([]);
  });

  it('removes an item of a merged list with $remove', () => {
    const bundle = checkSite(
      'fx-site',
      fixtureResolver((f) => {
        f.set('fx-site/closure-reasons.lookup.json', {
          kind: 'lookup',
          id: 'closure-reasons',
          override: 'merge',
          options: [{ value: 'moved', $remove: true }],
        });
      }),
    ).bundle;
    expect(bundle?.lookups['closure-reasons']?.options.map((o) => o.value)).toEqual([
      'goals_met',
      'not_eligible',
    ]);
  });
});
