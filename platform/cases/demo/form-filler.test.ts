import { describe, expect, it } from 'vitest';
import { loadSitesFromDisk } from '../../definitions/load-sites.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { formFixtureBundle } from '../../forms/form-fixture-bundle.js';
import { validateSubmission } from '../../forms/index.js';
import type { FillContext } from './field-value.js';
import { fillForm, settleFormData, varNames } from './form-filler.js';
import { scenarioLibrary } from './scenario-library.js';
import { seededRandom } from './seeded-random.js';

const TODAY = '2025-06-02';
const SITES = ['uz-tashkent-icm', 'rs-youth-nes-csw', 'child-family-cm'].map((id) => {
  const bundle = loadSitesFromDisk(id)[0]?.bundle;
  if (bundle === undefined) throw new Error(`site ${id} does not check`);
  return bundle;
});

function context(bundle: SiteBundle, seed: string): FillContext {
  return {
    bundle,
    random: seededRandom(seed),
    today: TODAY,
    library: scenarioLibrary(bundle),
    locale: bundle.site.defaultLocale,
  };
}

const valid = (bundle: SiteBundle, formId: string, data: unknown) =>
  validateSubmission({ bundle, formId, data, locale: 'en', today: TODAY });

describe('fillForm on every form of the example sites', () => {
  for (const bundle of SITES) {
    it(`${bundle.siteId}: nearly every generated submission is valid, and every one it calls valid is`, () => {
      let made = 0;
      let ok = 0;
      for (const formId of Object.keys(bundle.forms)) {
        for (let i = 0; i < 8; i++) {
          const filled = fillForm(formId, context(bundle, `${formId}/${i}`));
          made += 1;
          if (!filled.ok) continue;
          ok += 1;
          expect(valid(bundle, formId, filled.data).errors, `${formId} #${i}`).toEqual([]);
        }
      }
      expect(ok / made).toBeGreaterThan(0.97);
    });
  }

  it('gives the same data for the same seed', () => {
    const [bundle] = SITES as [SiteBundle];
    expect(fillForm('action-plan', context(bundle, 'same'))).toEqual(
      fillForm('action-plan', context(bundle, 'same')),
    );
  });
});

describe('settleFormData repairs what the forms engine reports', () => {
  const bundle = formFixtureBundle();

  it('fills newly required fields, drops unknown ones and keeps valid values', () => {
    const ctx = context(bundle, 'repair');
    const start = fillForm('intake', ctx);
    expect(start.ok).toBe(true);
    if (!start.ok) return;
    const broken = { ...start.data, notAField: 'x' } as Record<string, unknown>;
    const required = Object.keys(bundle.forms.intake?.fields.required ?? []).length > 0;
    const firstRequired = bundle.forms.intake?.fields.required?.[0];
    if (required && firstRequired !== undefined) delete broken[firstRequired];
    const repaired = settleFormData('intake', broken as never, ctx);
    expect(repaired.ok).toBe(true);
    if (!repaired.ok) return;
    expect(repaired.data).not.toHaveProperty('notAField');
    if (firstRequired !== undefined) expect(repaired.data).toHaveProperty(firstRequired);
    expect(valid(bundle, 'intake', repaired.data).ok).toBe(true);
  });

  it('turns a rich form (per-item rules, filters, calculations, error rules) valid from nothing', () => {
    let ok = 0;
    for (let i = 0; i < 20; i++) if (settleFormData('intake', {}, context(bundle, `empty/${i}`)).ok) ok += 1;
    expect(ok).toBeGreaterThanOrEqual(18);
  });
});

describe('varNames', () => {
  it('lists the top-level fields a condition reads, not today or settings', () => {
    expect(
      varNames({
        and: [
          { '>': [{ var: 'steps.0.due' }, { var: 'today' }] },
          { '===': [{ var: ['outcome', null] }, 'x'] },
        ],
        or: [{ var: 'settings.max' }],
      }).sort(),
    ).toEqual(['outcome', 'steps']);
  });
});
