import type { Partner, Role, SiteDefinition } from '../definitions/definition-types.generated.js';
import { createMembership, createUserIfAbsent, takenUsernames } from './accounts.js';
import type { Db } from './database.js';

/** A site to make demo users for; `shortName` overrides the derived username prefix. */
export type DemoSite = {
  readonly siteId: string;
  readonly site: SiteDefinition;
  readonly shortName?: string;
};

/** One demo account, for printing at start-up; `created` is false when it already existed. */
export type DemoUser = {
  readonly username: string;
  readonly displayName: string;
  readonly siteId: string;
  readonly partnerId: string;
  readonly roleId: string;
  readonly created: boolean;
};

type PlannedUser = Omit<DemoUser, 'created'> & { readonly locale: string };

/**
 * Makes sure every site has one demo user per role and partner, each with an active membership:
 * username `<short-site>.<role>` (plus `.<partner>` when the role is open to several partners).
 * A role lists the partners whose staff may hold it; a role that lists none gets one user at the
 * hub (or the first partner). Template sites and sites without partners get none.
 *
 * Idempotent: an existing username is left untouched (password, memberships and all), so it is
 * safe to run at every start and from several processes. `hashDemoPassword` is called at most
 * once, and only when a user must be created — hashing is deliberately slow.
 */
export async function ensureDemoUsers(
  db: Db,
  sites: readonly DemoSite[],
  hashDemoPassword: () => Promise<string>,
): Promise<DemoUser[]> {
  const prefixes = demoSitePrefixes(sites);
  const planned = sites.flatMap((s) => planSite(s, prefixes.get(s.siteId) ?? s.siteId));
  const taken = await takenUsernames(
    db,
    planned.map((u) => u.username),
  );
  const missing = planned.filter((u) => !taken.has(u.username));
  const passwordHash = missing.length > 0 ? await hashDemoPassword() : '';
  const created = new Set<string>();
  for (const user of missing) {
    const { username, displayName, locale, siteId, partnerId, roleId } = user;
    // One transaction per user: a user never exists without its membership, even if we crash.
    const made = await db.transaction(async (tx) => {
      // Another process may have created it since we looked; then it is theirs, untouched.
      const row = await createUserIfAbsent(tx, { username, displayName, passwordHash, locale });
      if (row === undefined) return false;
      await createMembership(tx, { userId: row.id, siteId, partnerId, roleId });
      return true;
    });
    if (made) created.add(username);
  }
  return planned.map(({ locale: _locale, ...shown }) => ({ ...shown, created: created.has(shown.username) }));
}

/**
 * The username prefix of each site: its `shortName` if given, else the first word of its name
 * (English, else the default locale), folded to lower-case ASCII letters and digits — "Fixture
 * site" gives `fixture`, "Tashkent ICM pilot" gives `tashkent`. A site whose word is empty or
 * shared with another site of the list uses its id instead, so prefixes are always distinct.
 */
export function demoSitePrefixes(sites: readonly DemoSite[]): Map<string, string> {
  const words = new Map(sites.map((s) => [s.siteId, s.shortName?.toLowerCase() ?? firstWord(s.site)]));
  const counts = new Map<string, number>();
  for (const word of words.values()) counts.set(word, (counts.get(word) ?? 0) + 1);
  const ids = new Set(sites.map((s) => s.siteId));
  return new Map(
    [...words].map(([siteId, word]) => {
      const unique = word !== '' && counts.get(word) === 1 && (!ids.has(word) || word === siteId);
      return [siteId, unique ? word : siteId];
    }),
  );
}

function firstWord(site: SiteDefinition): string {
  const name = site.name.en ?? site.name[site.defaultLocale] ?? Object.values(site.name)[0] ?? '';
  const folded = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return /[a-z0-9]+/.exec(folded)?.[0] ?? '';
}

function planSite({ siteId, site }: DemoSite, prefix: string): PlannedUser[] {
  if (site.template === true || site.partners.length === 0) return [];
  const locale = site.defaultLocale;
  return site.roles.flatMap((role) => {
    const partners = partnersFor(role, site.partners);
    return partners.map((partner) => {
      const several = partners.length > 1;
      const roleName = localized(role.name, locale, role.id);
      return {
        username: several ? `${prefix}.${role.id}.${partner.id}` : `${prefix}.${role.id}`,
        displayName: several ? `${roleName} (${localized(partner.name, locale, partner.id)})` : roleName,
        siteId,
        partnerId: partner.id,
        roleId: role.id,
        locale,
      };
    });
  });
}

/** The partners a role's demo users belong to; only partners the site defines. */
function partnersFor(role: Role, partners: readonly Partner[]): Partner[] {
  // A role restricted to partners the site lacks gets nobody, never a partner it does not allow.
  if (role.partners !== undefined && role.partners.length > 0) {
    return role.partners.flatMap((id) => partners.filter((p) => p.id === id));
  }
  const hub = partners.find((p) => p.hub === true) ?? partners[0];
  return hub === undefined ? [] : [hub];
}

function localized(text: Record<string, string>, locale: string, fallback: string): string {
  return text[locale] ?? text.en ?? Object.values(text)[0] ?? fallback;
}
