import { deepFreeze } from '../kernel/canonical-json.js';
import { missingLocales } from '../kernel/localized-text.js';
import { contentHash } from './content-hash.js';
import type { DefinitionKind } from './definition-kinds.js';
import type { DefinitionOf } from './definition-of.js';
import { type LayeredDefinition, type LayeredSite, layerSite } from './layer-sites.js';
import { type DefinitionReporter, definitionReporter } from './link/definition-reporter.js';
import { type ExpressionEnvs, expressionEnvs } from './link/expression-envs.js';
import { linkForm } from './link/link-form.js';
import { linkIndicator } from './link/link-indicator.js';
import { linkLookup } from './link/link-lookup.js';
import { linkReferral } from './link/link-referral.js';
import { checkRuleCycles, linkRule } from './link/link-rule.js';
import { linkService } from './link/link-service.js';
import { linkSettingRefs } from './link/link-setting-refs.js';
import { linkSite } from './link/link-site.js';
import { linkSop } from './link/link-sop.js';
import { localizedTexts } from './localized-texts.js';
import { type Problem, problem } from './problem.js';
import { validateAgainstSchema } from './schema-validator.js';
import { bundleContent, type SiteBundle } from './site-bundle.js';
import { createSiteIndex, type SiteIndex } from './site-index.js';
import type { SiteResolver } from './site-source.js';

export type CheckResult = {
  /** Present only when there is no error (warnings allowed). */
  readonly bundle?: SiteBundle;
  readonly problems: readonly Problem[];
};

type Checked = {
  site: LayeredSite;
  index: SiteIndex;
  reporters: Map<string, DefinitionReporter>;
  problems: Problem[];
};

function validate(site: LayeredSite, problems: Problem[]): Set<string> {
  const valid = new Set<string>();
  for (const [key, def] of site.definitions) {
    const issues = validateAgainstSchema(def.kind, def.json);
    for (const issue of issues) {
      const at = site.origins.locate(def.json, issue.pointer, def.file);
      problems.push(problem(at.file, at.pointer, 'schema', issue.message));
    }
    if (issues.length === 0) valid.add(key);
  }
  return valid;
}

function linkOne(
  def: LayeredDefinition,
  json: unknown,
  c: Checked,
  envs: ExpressionEnvs,
  calls: Map<string, readonly string[]>,
): void {
  const r = c.reporters.get(`${def.kind}:${def.id}`) as DefinitionReporter;
  const as = <K extends DefinitionKind>() => json as DefinitionOf[K];
  const linkers: Record<DefinitionKind, () => void> = {
    site: () => linkSite(as<'site'>(), c.index, envs, r),
    form: () => linkForm(as<'form'>(), envs, r),
    lookup: () => linkLookup(as<'lookup'>(), r),
    rule: () => calls.set(def.id, linkRule(as<'rule'>(), envs, r)),
    sop: () => linkSop(as<'sop'>(), c.index, envs, r),
    referral: () => linkReferral(as<'referral'>(), c.index, envs, r),
    service: () => linkService(as<'service'>(), c.index, envs, r),
    indicator: () => linkIndicator(as<'indicator'>(), envs, r),
  };
  linkers[def.kind]();
}

function link(c: Checked): void {
  const envs = expressionEnvs(c.index);
  const calls = new Map<string, readonly string[]>();
  const site = c.index.get('site', c.site.siteId);
  for (const def of c.site.definitions.values()) {
    const json = c.index.get(def.kind, def.id);
    if (json === undefined) continue;
    linkOne(def, json, c, envs, calls);
    const r = c.reporters.get(`${def.kind}:${def.id}`) as DefinitionReporter;
    linkSettingRefs(json, site, r);
    if (site === undefined) continue;
    for (const { pointer, text } of localizedTexts(def.kind, json)) {
      const missing = missingLocales(text, site.locales);
      if (missing.length > 0)
        r.report(
          pointer,
          'missing-translation',
          `Missing ${missing.join(', ')} (the site's locales are ${site.locales.join(', ')}).`,
        );
    }
  }
  checkRuleCycles(calls, (id) => c.reporters.get(`rule:${id}`) as DefinitionReporter);
}

function byId<K extends DefinitionKind>(index: SiteIndex, kind: K): Record<string, DefinitionOf[K]> {
  return Object.fromEntries(index.all(kind).map((d) => [(d as { id: string }).id, d]));
}

function buildBundle(site: LayeredSite, index: SiteIndex): SiteBundle {
  const content = {
    siteId: site.siteId,
    chain: site.chain,
    site: index.get('site', site.siteId) as DefinitionOf['site'],
    forms: byId(index, 'form'),
    lookups: byId(index, 'lookup'),
    rules: byId(index, 'rule'),
    sops: byId(index, 'sop'),
    referrals: byId(index, 'referral'),
    services: byId(index, 'service'),
    indicators: byId(index, 'indicator'),
  };
  const sources = Object.fromEntries([...site.definitions.entries()].map(([key, def]) => [key, def.file]));
  // Cloned so freezing never reaches the parsed files a caller may still hold.
  const frozen = deepFreeze(structuredClone({ ...content, sources }));
  return { ...frozen, hash: contentHash(bundleContent(frozen)) };
}

/**
 * Loads, validates, layers, links and checks a site: the whole definition pipeline. Problems
 * are collected (never thrown) and each points at the file and JSON pointer that caused it,
 * through `extends`. The bundle is returned only when there is no error.
 */
export function checkSite(siteId: string, resolve: SiteResolver): CheckResult {
  const layered = layerSite(siteId, resolve);
  const problems = [...layered.problems];
  if (layered.site === undefined) return { problems };
  const site = layered.site;
  const valid = validate(site, problems);
  const index = createSiteIndex(siteId, site.definitions.values(), valid);
  const reporters = new Map(
    [...site.definitions.entries()].map(([key, def]) => [
      key,
      definitionReporter(def, index, site.origins, problems),
    ]),
  );
  link({ site, index, reporters, problems });
  const hasError = problems.some((p) => p.severity === 'error');
  return hasError ? { problems } : { bundle: buildBundle(site, index), problems };
}
