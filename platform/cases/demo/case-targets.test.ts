import { describe, expect, it } from 'vitest';
import { loadSitesFromDisk } from '../../definitions/load-sites.js';
import { type CaseTarget, targetCatalogue, targetFor } from './case-targets.js';
import { seededRandom } from './seeded-random.js';
import { sopOutline } from './sop-outline.js';
import { nextStageToward } from './walk-helpers.js';

const outlineOf = (id: string) => {
  const bundle = loadSitesFromDisk(id)[0]?.bundle;
  if (bundle === undefined) throw new Error(`site ${id} does not check`);
  return sopOutline(bundle, 'case-management');
};

describe('the target catalogue', () => {
  it.each(['uz-tashkent-icm', 'rs-youth-nes-csw', 'child-family-cm'])(
    '%s: every stage open, passive where allowed, every exit, every other reason, a re-opening',
    (id) => {
      const outline = outlineOf(id);
      const catalogue = targetCatalogue(outline);
      const of = (kind: CaseTarget['kind']) => catalogue.filter((t) => t.kind === kind);
      expect(of('open').map((t) => t.stage)).toEqual(outline.stages);
      expect(of('passive').map((t) => t.stage)).toEqual(outline.passiveFrom);
      const exits = [...outline.exits].flatMap(([stage, reasons]) =>
        reasons.map((reason) => ({ stage, reason })),
      );
      for (const exit of exits) expect(catalogue).toContainEqual({ kind: 'closed', ...exit });
      const closedReasons = new Set(of('closed').map((t) => (t.kind === 'closed' ? t.reason : '')));
      for (const reason of outline.reasons) expect(closedReasons.has(reason), reason).toBe(true);
      expect(of('reopened')).toHaveLength(1);
    },
  );

  it('hands out the whole catalogue first, then draws', () => {
    const outline = outlineOf('child-family-cm');
    const catalogue = targetCatalogue(outline);
    const order = seededRandom(1).shuffle(catalogue.map((_, i) => i));
    const first = catalogue.map((_, i) => targetFor(i, catalogue, order, seededRandom(i)));
    expect(new Set(first.map((t) => JSON.stringify(t))).size).toBe(catalogue.length);
    const later = targetFor(catalogue.length + 3, catalogue, order, seededRandom('later'));
    expect(catalogue).toContainEqual(later);
  });
});

describe('sopOutline and the way between stages', () => {
  it('follows the SOP forward, the usual way', () => {
    const outline = outlineOf('uz-tashkent-icm');
    expect(outline.paths.get('planning')).toEqual([
      'outreach',
      'onboarding',
      'needs-assessment',
      'profiling',
      'planning',
    ]);
    expect(nextStageToward(outline, 'outreach', 'service-delivery')).toBe('onboarding');
    expect(nextStageToward(outline, 'service-delivery', 'planning')).toBe('planning');
    expect(nextStageToward(outline, 'planning', 'planning')).toBeUndefined();
  });
});
