import { DEFINITION_KINDS, type DefinitionKind } from '../../definitions/definition-kinds.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';

/** The definition content of a bundle: what its hash covers (no hash, no file paths). */
export type BundleContent = Omit<SiteBundle, 'hash' | 'sources'>;

/** One definition of a site: its kind, id and (merged) JSON. */
export type SiteDefinitionEntry = {
  readonly kind: DefinitionKind;
  readonly id: string;
  readonly json: Readonly<Record<string, unknown>>;
};

/** The bundle property holding each kind's definitions by id (the site itself is `site`). */
export const COLLECTION_OF: Readonly<Record<Exclude<DefinitionKind, 'site'>, keyof BundleContent>> = {
  form: 'forms',
  lookup: 'lookups',
  rule: 'rules',
  sop: 'sops',
  referral: 'referrals',
  service: 'services',
  indicator: 'indicators',
};

/** The key of a definition in maps and in a bundle's `sources`: `kind:id`. */
export const definitionKeyOf = (kind: string, id: string): string => `${kind}:${id}`;

/** The definitions of one kind in a bundle, by id. */
export function definitionsOfKind(
  bundle: BundleContent,
  kind: DefinitionKind,
): Readonly<Record<string, Readonly<Record<string, unknown>>>> {
  if (kind === 'site') return { [bundle.siteId]: bundle.site as unknown as Record<string, unknown> };
  return bundle[COLLECTION_OF[kind]] as unknown as Record<string, Record<string, unknown>>;
}

/** Every definition of a bundle (the site first, then kind by kind), keyed by `kind:id`. */
export function bundleDefinitions(bundle: BundleContent): Map<string, SiteDefinitionEntry> {
  const entries = new Map<string, SiteDefinitionEntry>();
  for (const kind of DEFINITION_KINDS)
    for (const [id, json] of Object.entries(definitionsOfKind(bundle, kind)))
      entries.set(definitionKeyOf(kind, id), { kind, id, json });
  return entries;
}

/** One definition of a bundle, or undefined. */
export function definitionIn(
  bundle: BundleContent,
  kind: DefinitionKind,
  id: string,
): Readonly<Record<string, unknown>> | undefined {
  return definitionsOfKind(bundle, kind)[id];
}
