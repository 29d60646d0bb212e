import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { USER_MESSAGES as M } from './user-messages.js';

export type Grant = { partnerId: string; roleId: string };

/** The roles staff of a partner may hold at the site (roles that list no partner are open to all). */
export function rolesFor(site: ReturnType<typeof useAdminSite>, partnerId: string) {
  return site.bundle.site.roles.filter(
    (r) => (r.partners ?? []).length === 0 || r.partners?.includes(partnerId),
  );
}

/** A partner and one of the roles its staff may hold. */
export function GrantFields({
  id,
  value,
  onChange,
}: {
  id: string;
  value: Grant;
  onChange: (g: Grant) => void;
}) {
  const { t, l } = useI18n();
  const site = useAdminSite();
  const roles = rolesFor(site, value.partnerId);
  return (
    <>
      <div>
        <label htmlFor={`${id}-partner`}>{t(M, 'partner')}</label>
        <select
          id={`${id}-partner`}
          value={value.partnerId}
          onChange={(e) => {
            const next = rolesFor(site, e.target.value);
            onChange({
              partnerId: e.target.value,
              roleId: next.some((r) => r.id === value.roleId) ? value.roleId : (next[0]?.id ?? ''),
            });
          }}
        >
          {site.bundle.site.partners.map((p) => (
            <option key={p.id} value={p.id}>
              {l(p.name) || p.id}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-role`}>{t(M, 'role')}</label>
        <select
          id={`${id}-role`}
          value={value.roleId}
          onChange={(e) => onChange({ ...value, roleId: e.target.value })}
        >
          {roles.map((r) => (
            <option key={r.id} value={r.id}>
              {l(r.name) || r.id}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

/** The first partner (the hub first) and its first role, to start a form with. */
export function firstGrant(site: ReturnType<typeof useAdminSite>): Grant {
  const partners = site.bundle.site.partners;
  const partner = partners.find((p) => p.hub === true) ?? partners[0];
  const partnerId = partner?.id ?? '';
  return { partnerId, roleId: rolesFor(site, partnerId)[0]?.id ?? '' };
}
