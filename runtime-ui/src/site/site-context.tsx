import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import { dateInZone } from '../../../platform/kernel/dates.js';
import { COMMON_MESSAGES } from '../common/common-messages.js';
import { ErrorMessage } from '../common/error-message.js';
import { useI18n } from '../common/i18n.js';
import { useResource } from '../common/use-resource.js';

type DefinitionsAnswer = {
  readonly version: number;
  readonly versionId: string;
  readonly hash: string;
  readonly actor: { partnerId: string; roleId: string; permissions: string[] };
  readonly bundle: SiteBundle;
};

/** The site the user works in: its published definitions and who the user is there. */
export type Site = {
  readonly id: string;
  readonly bundle: SiteBundle;
  readonly version: number;
  readonly partnerId: string;
  readonly roleId: string;
  readonly timeZone: string;
  can(permission: string): boolean;
  /** Today in the site's time zone (`YYYY-MM-DD`): the `today` of the form rules. */
  today(): string;
};

const SiteContext = createContext<Site | undefined>(undefined);

/** Loads a site's definitions (once per site and membership) for the pages inside it. */
export function SiteProvider({ siteId, children }: { siteId: string; children: ReactNode }) {
  const { t } = useI18n();
  // The definitions do not depend on the language; the path alone keys them.
  const answer = useResource<DefinitionsAnswer>(`/api/sites/${encodeURIComponent(siteId)}/definitions`, {
    sameInEveryLanguage: true,
  });
  const data = answer.data;
  const site = useMemo<Site | undefined>(() => {
    if (data === undefined) return undefined;
    const permissions = new Set(data.actor.permissions);
    const timeZone = data.bundle.site.timeZone ?? 'UTC';
    return {
      id: siteId,
      bundle: data.bundle,
      version: data.version,
      partnerId: data.actor.partnerId,
      roleId: data.actor.roleId,
      timeZone,
      can: (p) => permissions.has(p),
      today: () => dateInZone(new Date(), timeZone),
    };
  }, [data, siteId]);
  if (answer.error !== undefined && site === undefined)
    return <ErrorMessage error={answer.error} onReload={() => void answer.reload()} />;
  if (site === undefined) return <p aria-live="polite">{t(COMMON_MESSAGES, 'loading')}</p>;
  return <SiteContext.Provider value={site}>{children}</SiteContext.Provider>;
}

export function useSite(): Site {
  const value = useContext(SiteContext);
  if (value === undefined) throw new Error('useSite outside SiteProvider');
  return value;
}

/**
 * The site as seen through emergency (break-the-glass) access: only reading permissions hold, so
 * the pages inside offer nothing that would change the case (the server refuses it anyway).
 */
export function ReadOnlySite({ children }: { children: ReactNode }) {
  const site = useSite();
  const value = useMemo<Site>(() => ({ ...site, can: (p) => p.endsWith('.read') && site.can(p) }), [site]);
  return <SiteContext.Provider value={value}>{children}</SiteContext.Provider>;
}
