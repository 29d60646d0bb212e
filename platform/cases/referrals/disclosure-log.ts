import { requirePermission } from '../../access/actor.js';
import { clientLocale, type DisclosureEntry, disclosureReport } from '../../referrals/index.js';
import type { OperationContext } from '../operation-context.js';
import { visiblePerson } from '../visible-person.js';

/** A person's disclosure log: the entries, and the same in plain sentences for the client. */
export type DisclosureLog = {
  readonly personId: string;
  readonly locale: string;
  /** Who received or saw which fields, when, under which consent (not the values). */
  readonly entries: readonly (DisclosureEntry & { readonly id: string })[];
  /** The report the client is shown, oldest first, in `locale`. */
  readonly report: readonly { readonly at: string; readonly text: string }[];
};

/**
 * The client's disclosure log (`disclosure.read`, clients within the actor's person scope): every
 * referral sent and every time a receiver opened current data, with the report in `locale` — by default the client's own language — so
 * it can be shown or printed for them.
 */
export async function disclosureLog(
  ctx: OperationContext,
  personId: string,
  locale?: string,
): Promise<DisclosureLog> {
  requirePermission(ctx.actor, 'disclosure.read');
  const siteId = ctx.version.siteId;
  const person = await visiblePerson(ctx, personId);
  const bundle = ctx.version.bundle;
  const rows = await ctx.store.disclosuresOf(siteId, personId);
  const consents = (await ctx.store.consentsOf(siteId, personId)).map((c) => c.record);
  const users = rows.flatMap((r) => (r.entry.recipientUser ? [r.entry.recipientUser] : []));
  const userNames = Object.fromEntries(await ctx.store.userNames(users));
  const lang = locale ?? clientLocale(bundle, person.data);
  const report = disclosureReport(
    rows.map((r) => r.entry),
    lang,
    bundle,
    { consents, userNames },
  );
  return {
    personId,
    locale: lang,
    entries: rows.map((r) => ({ ...r.entry, id: r.id })),
    report: report.map((line) => ({ at: line.at, text: line.text })),
  };
}
