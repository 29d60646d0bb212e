import { KIND_SCHEMAS } from '../../../platform/definitions/schema-documents.js';
import type { JsonObject } from '../../../platform/kernel/json.js';

type Defs = Record<string, { enum?: string[]; properties?: Record<string, { enum?: string[] }> }>;
const defs = (KIND_SCHEMAS.site.$defs ?? {}) as Defs;

/** Every permission a role may be granted (the definition language's list). */
export const PERMISSIONS: readonly string[] = defs.permission?.enum ?? [];
/** The kinds of organisation a partner can be. */
export const PARTNER_TYPES: readonly string[] = defs.partner?.properties?.type?.enum ?? [];
export const SCOPES = ['own', 'agency', 'site', 'aggregate'] as const;

/** What a case manager does in the template's SOP: register, open and work cases, refer. */
export const CASE_MANAGER_PERMISSIONS = [
  'identification.submit',
  'person.register',
  'person.read',
  'person.update',
  'case.open',
  'case.read',
  'case.team',
  'case.note',
  'case.close',
  'case.reopen',
  'case.passive',
  'case.advance',
  'task.complete',
  'task.add',
  'approval.request',
  'review.schedule',
  'referral.send',
  'referral.respond',
  'consent.record',
  'consent.withdraw',
].filter((p) => PERMISSIONS.includes(p));

export type PartnerDraft = { id: string; name: Record<string, string>; type: string; hub: boolean };
export type RoleDraft = {
  id: string;
  name: Record<string, string>;
  scope: (typeof SCOPES)[number];
  partners: string[];
  permissions: string[];
};

export type SiteDraft = {
  id: string;
  extends: string;
  name: Record<string, string>;
  locales: string[];
  defaultLocale: string;
  timeZone: string;
  partners: PartnerDraft[];
  roles: RoleDraft[];
};

/** The site definition the form describes, as `POST /api/admin/sites` takes it. */
export function siteDefinition(d: SiteDraft): JsonObject {
  const keep = (text: Record<string, string>) =>
    Object.fromEntries(Object.entries(text).filter(([l, v]) => d.locales.includes(l) && v.trim() !== ''));
  return {
    id: d.id,
    extends: d.extends,
    name: keep(d.name),
    locales: d.locales,
    defaultLocale: d.defaultLocale,
    ...(d.timeZone.trim() ? { timeZone: d.timeZone.trim() } : {}),
    partners: d.partners.map((p) => ({
      id: p.id,
      name: keep(p.name),
      type: p.type,
      ...(p.hub ? { hub: true } : {}),
    })),
    ...(d.roles.length > 0
      ? {
          roles: d.roles.map((r) => ({
            id: r.id,
            name: keep(r.name),
            scope: r.scope,
            ...(r.partners.length > 0 ? { partners: r.partners } : {}),
            permissions: r.permissions,
          })),
        }
      : {}),
  };
}
