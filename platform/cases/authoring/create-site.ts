import { checkSite } from '../../definitions/check-site.js';
import { uniqueProblems } from '../../definitions/problem.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import type { SiteResolver } from '../../definitions/site-source.js';
import { PlatformError } from '../../kernel/errors.js';
import { isJsonObject } from '../../kernel/json.js';
import { bundleResolver } from './bundle-source.js';
import { type LocatedProblem, locateProblem } from './located-problem.js';
import { requirePublishable } from './publish-drafts.js';
import { DEFINITION_ID } from './save-draft.js';
import { adminGrant, type PlatformAdminContext } from './site-creator.js';

/** What `POST /api/admin/sites` takes. */
export type CreateSiteInput = {
  /** The new site's definition: `id`, `name`, `extends` (a template), `locales`, `partners`, `roles`… */
  readonly site: unknown;
  /** Where the creator becomes administrator; default the hub. */
  readonly adminPartnerId?: string;
  readonly note?: string;
};

/** A created site: its first version and the creator's membership. */
export type CreatedSite = {
  readonly siteId: string;
  readonly versionId: string;
  readonly version: number;
  readonly hash: string;
  readonly membership: { readonly partnerId: string; readonly roleId: string };
};

const bad = (pointer: string, message: string) =>
  new PlatformError('bad_request', message, { fields: [{ pointer, code: 'invalid', message }] });

/** The template's source: its published version when it has one, else its folder. */
async function templateResolver(ctx: PlatformAdminContext, templateId: string): Promise<SiteResolver> {
  const published = await ctx.registry.active(templateId);
  const resolve = published ? bundleResolver(published.bundle, [], published.bundle.sources) : ctx.templates;
  const template = published?.bundle ?? checkSite(templateId, resolve).bundle;
  if (template?.site.template !== true)
    throw bad('/site/extends', `"${templateId}" is not a template site that checks without errors.`);
  return resolve;
}

/** Checks a site made of one site file over a template. */
export async function checkNewSite(
  ctx: PlatformAdminContext,
  site: unknown,
): Promise<{ siteId: string; bundle?: SiteBundle; problems: LocatedProblem[] }> {
  if (!isJsonObject(site)) throw bad('/site', 'The site must be an object.');
  const id = site.id;
  if (typeof id !== 'string' || !DEFINITION_ID.test(id))
    throw bad('/site/id', 'Ids are lower-case letters and digits, joined by - or _.');
  if (typeof site.extends !== 'string') throw bad('/site/extends', 'Name the template the site extends.');
  const template = await templateResolver(ctx, site.extends);
  const file = { path: `${id}/${id}.site.json`, text: JSON.stringify({ ...site, kind: 'site' }, null, 2) };
  const result = checkSite(id, (sid) => (sid === id ? { siteId: id, files: [file] } : template(sid)));
  const problems = uniqueProblems(result.problems).map(locateProblem);
  return result.bundle ? { siteId: id, bundle: result.bundle, problems } : { siteId: id, problems };
}

/**
 * Creates a site from a template without any file: the site definition given over the template
 * (its published version, or its folder), checked and tested like any publication, published as
 * version 1, with the creator as its first administrator. Folder layout and this path give the
 * same bundle and hash for the same content.
 */
export async function createSite(ctx: PlatformAdminContext, input: CreateSiteInput): Promise<CreatedSite> {
  const { siteId, bundle, problems } = await checkNewSite(ctx, input.site);
  if (await ctx.authoring.siteExists(siteId))
    throw new PlatformError('conflict', `A site "${siteId}" already exists.`);
  const checked = requirePublishable(bundle, problems);
  const admin = adminGrant(checked.site, ctx.creator.userId, input.adminPartnerId);
  const published = await ctx.authoring.createSite(checked, {
    publishedBy: ctx.creator.userId,
    note: input.note ?? `Created from ${checked.chain.slice(0, -1).join(' → ')}`,
    at: ctx.clock.now(),
    admin,
  });
  return {
    siteId,
    versionId: published.versionId,
    version: published.version,
    hash: checked.hash,
    membership: { partnerId: admin.partnerId, roleId: admin.roleId },
  };
}
