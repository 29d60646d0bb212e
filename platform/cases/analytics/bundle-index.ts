import type { DefinitionKind } from '../../definitions/definition-kinds.js';
import type { DefinitionOf } from '../../definitions/definition-of.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import type { SiteIndex } from '../../definitions/site-index.js';

function byKind(bundle: SiteBundle, kind: DefinitionKind): Readonly<Record<string, unknown>> {
  switch (kind) {
    case 'site':
      return { [bundle.siteId]: bundle.site };
    case 'form':
      return bundle.forms;
    case 'lookup':
      return bundle.lookups;
    case 'rule':
      return bundle.rules;
    case 'sop':
      return bundle.sops;
    case 'referral':
      return bundle.referrals;
    case 'service':
      return bundle.services;
    case 'indicator':
      return bundle.indicators;
  }
}

/** A checked bundle as a site index, so the fact trees the checker uses can be built from it. */
export function bundleIndex(bundle: SiteBundle): SiteIndex {
  const get = <K extends DefinitionKind>(kind: K, id: string) => {
    const all = byKind(bundle, kind);
    return (Object.hasOwn(all, id) ? all[id] : undefined) as DefinitionOf[K] | undefined;
  };
  return {
    siteId: bundle.siteId,
    has: (kind, id) => get(kind, id) !== undefined,
    get,
    all: <K extends DefinitionKind>(kind: K) => Object.values(byKind(bundle, kind)) as DefinitionOf[K][],
    ids: (kind) => Object.keys(byKind(bundle, kind)),
  };
}
