import { describe, expect, it } from 'vitest';
import { checkSite } from '../../definitions/check-site.js';
import { loadSitesFromDisk } from '../../definitions/load-sites.js';
import { BUILT_IN_SITES } from '../../definitions/read-site-folders.js';
import { AUTHORING_FIXTURES, fixtureBundle } from './authoring-test-kit.js';
import { bundleResolver, definitionPath } from './bundle-source.js';

const sites = loadSitesFromDisk(undefined, [BUILT_IN_SITES, AUTHORING_FIXTURES]);

describe('a published bundle as a site source', () => {
  it.each(sites.map((s) => [s.siteId, s] as const))(
    '%s checks back to the hash it was published with',
    (_id, site) => {
      if (site.bundle === undefined) throw new Error(`${site.siteId} does not check`);
      const again = checkSite(site.siteId, bundleResolver(site.bundle, [], site.bundle.sources));
      expect(again.problems).toEqual([]);
      expect(again.bundle?.hash).toBe(site.bundle.hash);
      expect(again.bundle?.chain).toEqual(site.bundle.chain);
    },
  );

  it('keeps a replaced definition replaced (its "override" is part of the content)', () => {
    const uz = sites.find((s) => s.siteId === 'uz-tashkent-icm')?.bundle;
    expect(uz?.sops['case-management']?.override).toBe('replace');
  });

  it('applies changes: new JSON replaces a definition, null removes it, new ids add one', () => {
    const base = fixtureBundle();
    const lookup = { ...base.lookups['step-status'], name: { en: 'Step status' } };
    const extra = {
      kind: 'lookup',
      id: 'extra',
      name: { en: 'Extra' },
      options: [{ value: 'x', label: { en: 'X' } }],
    };
    const result = checkSite(
      base.siteId,
      bundleResolver(
        base,
        [
          { kind: 'lookup', id: 'step-status', json: lookup },
          { kind: 'rule', id: 'eligible', json: null },
          { kind: 'lookup', id: 'extra', json: extra },
        ],
        base.sources,
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.bundle?.lookups['step-status']?.name).toEqual({ en: 'Step status' });
    expect(result.bundle?.rules.eligible).toBeUndefined();
    expect(result.bundle?.lookups.extra).toBeDefined();
    expect(result.bundle?.sources['lookup:extra']).toBe('fx-authoring/extra.lookup.json');
    expect(result.bundle?.hash).not.toBe(base.hash);
  });

  it('reports problems in the file a definition was published from', () => {
    const base = fixtureBundle();
    const rule = { ...base.rules.eligible, logic: { var: 'forms.nowhere.x' } };
    const result = checkSite(
      base.siteId,
      bundleResolver(base, [{ kind: 'rule', id: 'eligible', json: rule }], base.sources),
    );
    expect(result.problems[0]).toMatchObject({
      file: definitionPath(base.siteId, 'rule', 'eligible', base.sources),
      pointer: '/logic/var',
      code: 'bad-var-path',
    });
    expect(result.problems[0]?.file).toMatch(/fixtures\/authoring\/fx-authoring\/eligible\.rule\.json$/);
  });
});
