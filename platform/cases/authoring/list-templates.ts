import type { SiteDefinition } from '../../definitions/definition-types.generated.js';
import { isJsonObject } from '../../kernel/json.js';
import { type LocalizedText, localize } from '../../kernel/localized-text.js';
import type { PlatformAdminContext } from './site-creator.js';

/** A template a new site can extend, named in the reader's language. */
export type TemplateItem = {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** The languages the template is written in: a site extending it can offer these. */
  readonly locales: readonly string[];
  /** Whether it is published (a new site extends its active version) or only a folder on disk. */
  readonly published: boolean;
};

/** The site file of a folder site, when it parses. */
function folderSite(ctx: PlatformAdminContext, siteId: string): Partial<SiteDefinition> | undefined {
  const file = ctx.templates(siteId)?.files.find((f) => f.path.endsWith(`${siteId}.site.json`));
  if (file === undefined) return undefined;
  try {
    const json: unknown = JSON.parse(file.text);
    return isJsonObject(json) ? (json as Partial<SiteDefinition>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The templates a site creator may build a new site on (`GET /api/admin/templates`): published
 * sites marked `template`, and template folders on disk (`definitions/sites`, `SITES_PATH`) —
 * the published version wins, as in `createSite`. Folder templates are read, not checked: the
 * new site's dry run says whether it checks. Sorted by name in the reader's language.
 */
export async function listTemplates(
  ctx: PlatformAdminContext,
  siteIds: readonly string[],
): Promise<TemplateItem[]> {
  const locale = ctx.creator.locale;
  const say = (text: LocalizedText | undefined, fallback: string) =>
    (text === undefined ? '' : localize(text, locale, ['en'])) || fallback;
  const items = new Map<string, TemplateItem>();
  for (const id of await ctx.registry.siteIds()) {
    const site = (await ctx.registry.active(id))?.bundle.site;
    if (site?.template !== true) continue;
    items.set(id, {
      id,
      name: say(site.name, id),
      description: say(site.description, ''),
      locales: site.locales,
      published: true,
    });
  }
  for (const id of siteIds) {
    if (items.has(id)) continue;
    const site = folderSite(ctx, id);
    if (site?.template !== true) continue;
    items.set(id, {
      id,
      name: say(site.name, id),
      description: say(site.description, ''),
      locales: Array.isArray(site.locales) ? site.locales : [],
      published: false,
    });
  }
  return [...items.values()].sort((a, b) => a.name.localeCompare(b.name, locale));
}
