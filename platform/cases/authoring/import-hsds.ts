import { requirePermission } from '../../access/actor.js';
import type { ServiceDefinition } from '../../definitions/definition-types.generated.js';
import { canonicalJson } from '../../kernel/canonical-json.js';
import { PlatformError } from '../../kernel/errors.js';
import type { JsonObject } from '../../kernel/json.js';
import { localize } from '../../kernel/localized-text.js';
import {
  type IdSource,
  type ImportedService,
  type ImportNote,
  readHsds,
  servicesFromHsds,
} from '../../referrals/hsds/index.js';
import type { AuthoringContext } from './authoring-context.js';
import type { DraftRecord } from './authoring-store.js';
import type { BundleContent } from './bundle-definitions.js';
import type { CountedChange } from './diff/change.js';
import { diffBundles } from './diff/diff-bundles.js';
import { checkChanged, draftChanges } from './draft-set.js';
import type { LocatedProblem } from './located-problem.js';
import { saveDraft } from './save-draft.js';
import { countChanges } from './semantic-diff.js';

/** What the import does to one service of the upload. */
export type ImportedServiceReport = {
  readonly id: string;
  readonly hsdsId: string;
  /** Where it is in the upload. */
  readonly pointer: string;
  readonly name: string;
  readonly idFrom: IdSource;
  /** `create` a new service, `update` one the site has (published or drafted), or nothing to change. */
  readonly action: 'create' | 'update' | 'unchanged';
  /** The providing partner, or the name of an organisation outside the partnership. */
  readonly provider: { readonly partner: string } | { readonly organization: string };
  /** The draft saved (when applied). */
  readonly draftVersion: number | null;
};

/** What `POST …/admin/services/import-hsds` answers: a dry run, or what was saved as drafts. */
export type HsdsImportReport = {
  readonly language: string;
  readonly applied: boolean;
  readonly services: readonly ImportedServiceReport[];
  /** The semantic diff of the services against the site as it stands (published, with drafts). */
  readonly changes: readonly CountedChange[];
  /** What the upload holds that Pathway does not, partners matched or not, ids made: pointers into the upload. */
  readonly notes: readonly ImportNote[];
  /** The checker's problems of the imported services once saved (e.g. translations to write): fix before publishing. */
  readonly problems: readonly LocatedProblem[];
};

export type HsdsImportInput = {
  readonly document: unknown;
  readonly language?: string;
  readonly apply?: boolean;
};

/** The site's services as they stand: the active version's, with the service drafts applied. */
function currentServices(ctx: AuthoringContext, drafts: readonly DraftRecord[]): Record<string, JsonObject> {
  const services = { ...(ctx.version.bundle.services as unknown as Record<string, JsonObject>) };
  for (const d of drafts.filter((x) => x.kind === 'service'))
    if (d.deleted || d.json === null) delete services[d.id];
    else services[d.id] = d.json;
  return services;
}

function languageOf(ctx: AuthoringContext, input: HsdsImportInput, declared: unknown): string {
  const { site } = ctx.version.bundle;
  const language = input.language ?? (typeof declared === 'string' ? declared : site.defaultLocale);
  if (!site.locales.includes(language))
    throw new PlatformError(
      'bad_request',
      `The document's language must be one of the site's: ${site.locales.join(', ')}.`,
      {
        fields: [
          {
            pointer: input.language === undefined ? '/pathway/language' : '/language',
            code: 'enum',
            message: `One of ${site.locales.join(', ')}.`,
          },
        ],
      },
    );
  return language;
}

function serviceReport(
  ctx: AuthoringContext,
  s: ImportedService,
  action: ImportedServiceReport['action'],
  draftVersion: number | null,
): ImportedServiceReport {
  const json = s.json as unknown as ServiceDefinition;
  const fallbacks = [ctx.version.bundle.site.defaultLocale, 'en'];
  const provider =
    'partner' in json.provider
      ? { partner: json.provider.partner }
      : { organization: localize(json.provider.organization.name, ctx.actor.locale, fallbacks) };
  const name = json.name === undefined ? s.id : localize(json.name, ctx.actor.locale, fallbacks);
  return {
    id: s.id,
    hsdsId: s.hsdsId,
    pointer: s.pointer,
    name,
    idFrom: s.idFrom,
    action,
    provider,
    draftVersion,
  };
}

/**
 * Imports an Open Referral HSDS 3.0 document into the site's service directory as drafts. By
 * default a dry run: the services it would create or change (merged by id into the site's, the
 * drafts included), their semantic diff, notes on what Pathway does not hold, and the checker's
 * problems they would leave. With `apply` the changed services are saved as drafts, which then go
 * through check, test and publish like any other edit; nothing is published or deleted.
 * A malformed document is a 400 whose errors point into it.
 */
export async function importHsds(ctx: AuthoringContext, input: HsdsImportInput): Promise<HsdsImportReport> {
  requirePermission(ctx.actor, 'definitions.edit');
  const read = readHsds(input.document);
  if (read.problems.length > 0)
    throw new PlatformError('bad_request', 'The HSDS document has problems; nothing was imported.', {
      fields: read.problems.slice(0, 200),
    });
  const language = languageOf(ctx, input, read.extension?.language);
  const drafts = await ctx.authoring.drafts(ctx.version.siteId);
  const current = currentServices(ctx, drafts);
  const { services, notes } = servicesFromHsds(read, {
    site: ctx.version.bundle.site,
    existing: current,
    language,
  });
  const changed = services.filter(
    (s) => current[s.id] === undefined || canonicalJson(current[s.id]) !== canonicalJson(s.json),
  );
  const base = ctx.version.bundle;
  const from = { ...base, services: current } as unknown as BundleContent;
  const to = {
    ...from,
    services: { ...current, ...Object.fromEntries(changed.map((s) => [s.id, s.json])) },
  } as unknown as BundleContent;
  const changes = await countChanges(ctx, ctx.version.versionId, diffBundles(from, to, ctx.actor.locale));
  const checked = checkChanged(base, [
    ...draftChanges(drafts),
    ...changed.map((s) => ({ kind: 'service' as const, id: s.id, json: s.json })),
  ]);
  const ids = new Set(services.map((s) => s.id));
  const problems = checked.problems.filter(
    (p) => p.kind === 'service' && p.definitionId !== null && ids.has(p.definitionId),
  );
  const saved = new Map<string, number>();
  if (input.apply === true)
    for (const s of changed) {
      const draft = drafts.find((d) => d.kind === 'service' && d.id === s.id);
      const record = await saveDraft(ctx, {
        kind: 'service',
        id: s.id,
        json: s.json,
        version: draft?.version ?? null,
      });
      saved.set(s.id, record.version);
    }
  const action = (s: ImportedService) =>
    !changed.includes(s) ? 'unchanged' : current[s.id] === undefined ? 'create' : 'update';
  return {
    language,
    applied: input.apply === true,
    services: services.map((s) => serviceReport(ctx, s, action(s), saved.get(s.id) ?? null)),
    changes,
    notes,
    problems,
  };
}
