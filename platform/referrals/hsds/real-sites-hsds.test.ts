/*
 * HSDS export → import of every example site's directory gives back its services exactly, in
 * each of the site's languages, and importing it into the site itself changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../definitions/check-site.js';
import { BUILT_IN_SITES, findSiteFolders, folderResolver } from '../../definitions/read-site-folders.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import type { JsonObject } from '../../kernel/json.js';
import { directoryToHsds } from './directory-to-hsds.js';
import { withoutEmptyLists } from './merge-service.js';
import { readHsds } from './read-hsds.js';
import { servicesFromHsds } from './services-from-hsds.js';

const resolver = folderResolver([BUILT_IN_SITES]);
const bundles = [...findSiteFolders([BUILT_IN_SITES]).keys()]
  .map((id) => checkSite(id, resolver).bundle)
  .filter((b): b is SiteBundle => b !== undefined && b.site.template !== true);

const services = (bundle: SiteBundle) => bundle.services as unknown as Record<string, JsonObject>;
// HSDS has no "none" apart from "not given": a service's empty lists come back absent.
const comparable = (bundle: SiteBundle) => withoutEmptyLists(services(bundle));

describe.each(bundles.map((b) => [b.siteId, b] as const))('the directory of %s through HSDS', (_, bundle) => {
  it.each(bundle.site.locales.map((l) => [l]))('comes back unchanged from a document in %s', (language) => {
    const document = JSON.parse(JSON.stringify(directoryToHsds(bundle, language)));
    const read = readHsds(document);
    expect(read.problems).toEqual([]);
    const imported = servicesFromHsds(read, { site: bundle.site, existing: {}, language });
    expect(Object.fromEntries(imported.services.map((s) => [s.id, s.json]))).toEqual(comparable(bundle));
    expect(imported.services.every((s) => s.idFrom === 'pathway_id')).toBe(true);
    const codes = new Set(imported.notes.map((n) => n.code));
    expect([...codes].filter((c) => c !== 'not_a_partner')).toEqual([]);
  });

  it('imported into the site itself, changes no service', () => {
    const language = bundle.site.defaultLocale;
    const read = readHsds(JSON.parse(JSON.stringify(directoryToHsds(bundle, language))));
    const imported = servicesFromHsds(read, { site: bundle.site, existing: services(bundle), language });
    for (const service of imported.services) {
      expect(service.existed).toBe(true);
      expect(service.json).toBe(services(bundle)[service.id]);
    }
  });
});
