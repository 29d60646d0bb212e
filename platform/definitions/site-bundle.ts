import type { DefinitionOf } from './definition-of.js';

type ById<K extends keyof DefinitionOf> = Readonly<Record<string, DefinitionOf[K]>>;

/**
 * A checked site: every definition after layering, validated and linked, deep-frozen, with a
 * content hash over the definitions (not their file paths, so a folder and an imported bundle
 * file with the same content have the same hash). This is what the runtime executes and what a
 * published version stores.
 */
export type SiteBundle = {
  readonly siteId: string;
  readonly hash: string;
  /** Site ids from the outermost template to this site. */
  readonly chain: readonly string[];
  readonly site: DefinitionOf['site'];
  readonly forms: ById<'form'>;
  readonly lookups: ById<'lookup'>;
  readonly rules: ById<'rule'>;
  readonly sops: ById<'sop'>;
  readonly referrals: ById<'referral'>;
  readonly services: ById<'service'>;
  readonly indicators: ById<'indicator'>;
  /** The file each definition came from, by `kind:id` (for editors and messages). */
  readonly sources: Readonly<Record<string, string>>;
};

/** The parts of a bundle its content hash covers. */
export function bundleContent(bundle: Omit<SiteBundle, 'hash' | 'sources'>): unknown {
  const { siteId, chain, site, forms, lookups, rules, sops, referrals, services, indicators } = bundle;
  return { siteId, chain, site, forms, lookups, rules, sops, referrals, services, indicators };
}
