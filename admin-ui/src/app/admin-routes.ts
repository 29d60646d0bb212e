import { DEFINITION_KINDS, type DefinitionKind } from '../../../platform/definitions/definition-kinds.js';

/** The tabs of a site's workspace. */
export const WORKSPACE_TABS = ['definitions', 'check', 'changes', 'publish', 'users', 'kpis'] as const;
export type WorkspaceTab = (typeof WORKSPACE_TABS)[number];

/** The pages of the admin UI, parsed from and written to paths under `/admin/`. */
export type AdminRoute =
  | { readonly page: 'sites' }
  | { readonly page: 'new-site' }
  | { readonly page: 'import' }
  | { readonly page: 'workspace'; readonly site: string; readonly tab: WorkspaceTab }
  | { readonly page: 'definition'; readonly site: string; readonly kind: DefinitionKind; readonly id: string }
  | { readonly page: 'not-found' };

const e = encodeURIComponent;
const BASE = '/admin';

const query = (params: Readonly<Record<string, string | undefined>>): string => {
  const entries = Object.entries(params).filter(
    (p): p is [string, string] => p[1] !== undefined && p[1] !== '',
  );
  return entries.length === 0 ? '' : `?${new URLSearchParams(entries).toString()}`;
};

export const adminPaths = {
  sites: () => `${BASE}/`,
  newSite: () => `${BASE}/new-site`,
  importBundle: (site?: string) => `${BASE}/import${query({ site })}`,
  tab: (site: string, tab: WorkspaceTab, params: Readonly<Record<string, string | undefined>> = {}) =>
    `${BASE}/sites/${e(site)}/${tab}${query(params)}`,
  definition: (
    site: string,
    kind: DefinitionKind,
    id: string,
    params: Readonly<Record<string, string | undefined>> = {},
  ) => `${BASE}/sites/${e(site)}/definitions/${kind}/${e(id)}${query(params)}`,
};

const isTab = (value: string): value is WorkspaceTab => (WORKSPACE_TABS as readonly string[]).includes(value);
const isKind = (value: string): value is DefinitionKind =>
  (DEFINITION_KINDS as readonly string[]).includes(value);

/** The page a path shows (the path includes the `/admin` base). */
export function parseAdminRoute(pathname: string): AdminRoute {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] !== 'admin') return { page: 'not-found' };
  const [, root, site, tab, kind, id, ...rest] = parts;
  if (root === undefined) return { page: 'sites' };
  if (root === 'new-site' && site === undefined) return { page: 'new-site' };
  if (root === 'import' && site === undefined) return { page: 'import' };
  if (root !== 'sites' || site === undefined) return { page: 'not-found' };
  if (tab === undefined) return { page: 'workspace', site, tab: 'definitions' };
  if (!isTab(tab) || rest.length > 0) return { page: 'not-found' };
  if (kind === undefined) return { page: 'workspace', site, tab };
  if (tab === 'definitions' && isKind(kind) && id !== undefined)
    return { page: 'definition', site, kind, id };
  return { page: 'not-found' };
}
