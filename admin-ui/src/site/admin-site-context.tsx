import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { DefinitionKind } from '../../../platform/definitions/definition-kinds.js';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import { dateInZone } from '../../../platform/kernel/dates.js';
import type { JsonObject } from '../../../platform/kernel/json.js';
import { COMMON_MESSAGES } from '../../../runtime-ui/src/common/common-messages.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { useResource } from '../../../runtime-ui/src/common/use-resource.js';
import { type SiteAdminApi, siteAdmin } from '../api/admin-api.js';
import { AdminError } from '../api/admin-error.js';
import type { DefinitionList, SiteDefinitions } from '../api/admin-types.js';
import { draftKey, overlay } from './working-bundle.js';

/** A site as its administrators and board members work on it. */
export type AdminSite = {
  readonly id: string;
  /** The active (published) definitions. */
  readonly bundle: SiteBundle;
  /** The active definitions with every draft applied: what the browser's engines run on. */
  readonly working: SiteBundle;
  readonly version: number;
  readonly versionId: string;
  readonly partnerId: string;
  readonly roleId: string;
  readonly timeZone: string;
  can(permission: string): boolean;
  today(): string;
  /** Every definition with its status (with `definitions.read`). */
  readonly list: DefinitionList | undefined;
  readonly listError: unknown;
  /** Draft JSON by `kind:id` (null: the draft removes the definition). */
  readonly drafts: ReadonlyMap<string, JsonObject | null>;
  /** After a save or discard: the draft as it now is (undefined: no draft any more). */
  noteDraft(kind: DefinitionKind, id: string, json: JsonObject | null | undefined): void;
  /** Loads the list (and the active version, after a publication) again. */
  refresh(options?: { site?: boolean }): Promise<void>;
  readonly api: SiteAdminApi;
};

const AdminSiteContext = createContext<AdminSite | undefined>(undefined);

/** Fetches the JSON of every draft the list names, once per draft version. */
function useDraftJson(api: SiteAdminApi, list: DefinitionList | undefined) {
  const [drafts, setDrafts] = useState<ReadonlyMap<string, { version: number; json: JsonObject | null }>>(
    new Map(),
  );
  // `kind:id@version` already asked for: a draft that cannot be read is not asked for again and again.
  const asked = useRef(new Set<string>());
  const keep = useRef(new Set<string>());
  useEffect(() => {
    if (list === undefined) return;
    const wanted = list.items.filter((i) => i.draft !== null && i.status !== 'published');
    keep.current = new Set(wanted.map((i) => draftKey(i.kind, i.id)));
    const missing = wanted.filter((i) => {
      const key = `${draftKey(i.kind, i.id)}@${i.draft?.version}`;
      if (asked.current.has(key)) return false;
      asked.current.add(key);
      return true;
    });
    void Promise.all(missing.map((i) => api.read(i.kind, i.id).catch(() => undefined))).then((reads) => {
      setDrafts((current) => {
        const next = new Map([...current].filter(([k]) => keep.current.has(k)));
        for (const read of reads)
          if (read?.draft && keep.current.has(draftKey(read.kind, read.id)))
            next.set(draftKey(read.kind, read.id), { version: read.draft.version, json: read.draft.json });
        return next;
      });
    });
  }, [api, list]);
  return [drafts, setDrafts] as const;
}

/** Loads a site's active definitions, its definition list and drafts for the pages inside it. */
export function AdminSiteProvider({ siteId, children }: { siteId: string; children: ReactNode }) {
  const { t } = useI18n();
  const definitions = useResource<SiteDefinitions>(`/api/sites/${encodeURIComponent(siteId)}/definitions`, {
    sameInEveryLanguage: true,
  });
  const permissions = useMemo(() => new Set(definitions.data?.actor.permissions ?? []), [definitions.data]);
  const readable = permissions.has('definitions.read');
  const api = useMemo(() => siteAdmin(siteId), [siteId]);
  const list = useResource<DefinitionList>(
    readable ? `${`/api/sites/${encodeURIComponent(siteId)}`}/admin/definitions` : null,
  );
  const [drafts, setDrafts] = useDraftJson(api, list.data);
  const draftJson = useMemo(() => new Map([...drafts].map(([k, v]) => [k, v.json] as const)), [drafts]);
  const data = definitions.data;
  const working = useMemo(
    () => (data === undefined ? undefined : overlay(data.bundle, draftJson)),
    [data, draftJson],
  );
  const refresh = useCallback(
    async (options: { site?: boolean } = {}) => {
      await Promise.all([options.site ? definitions.reload() : undefined, list.reload()]);
    },
    [definitions, list],
  );
  const noteDraft = useCallback(
    (kind: DefinitionKind, id: string, json: JsonObject | null | undefined) => {
      setDrafts((current) => {
        const next = new Map(current);
        if (json === undefined) next.delete(draftKey(kind, id));
        else next.set(draftKey(kind, id), { version: -1, json });
        return next;
      });
      void list.reload();
    },
    [setDrafts, list],
  );
  const site = useMemo<AdminSite | undefined>(() => {
    if (data === undefined || working === undefined) return undefined;
    const timeZone = data.bundle.site.timeZone ?? 'UTC';
    return {
      id: siteId,
      bundle: data.bundle,
      working,
      version: data.version,
      versionId: data.versionId,
      partnerId: data.actor.partnerId,
      roleId: data.actor.roleId,
      timeZone,
      can: (p) => permissions.has(p),
      today: () => dateInZone(new Date(), timeZone),
      list: list.data,
      listError: list.error,
      drafts: draftJson,
      noteDraft,
      refresh,
      api,
    };
  }, [data, working, siteId, permissions, list.data, list.error, draftJson, noteDraft, refresh, api]);
  if (definitions.error !== undefined && site === undefined)
    return <AdminError error={definitions.error} onReload={() => void definitions.reload()} />;
  if (site === undefined) return <p aria-live="polite">{t(COMMON_MESSAGES, 'loading')}</p>;
  return <AdminSiteContext.Provider value={site}>{children}</AdminSiteContext.Provider>;
}

export function useAdminSite(): AdminSite {
  const value = useContext(AdminSiteContext);
  if (value === undefined) throw new Error('useAdminSite outside AdminSiteProvider');
  return value;
}
