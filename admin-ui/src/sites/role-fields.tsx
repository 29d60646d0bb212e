import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { type PartnerDraft, PERMISSIONS, type RoleDraft, SCOPES } from './site-draft.js';
import { SITE_MESSAGES as M } from './site-messages.js';

/** One role of a new site: id, name, scope, the partners whose staff hold it, permissions. */
export function RoleFields({
  id,
  n,
  role,
  partners,
  locales,
  onChange,
  onRemove,
}: {
  id: string;
  n: number;
  role: RoleDraft;
  partners: readonly PartnerDraft[];
  locales: readonly string[];
  onChange: (role: RoleDraft) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const toggle = (list: string[], item: string, on: boolean) =>
    on ? [...list, item] : list.filter((x) => x !== item);
  return (
    <fieldset className="role-fields">
      <legend>{t(M, 'roleN', { n })}</legend>
      <div className="property-grid">
        <div>
          <label htmlFor={`${id}-id`}>{t(M, 'partnerId')}</label>
          <input
            id={`${id}-id`}
            className="code"
            value={role.id}
            onChange={(e) => onChange({ ...role, id: e.target.value.trim() })}
          />
        </div>
        {locales.map((l) => (
          <div key={l}>
            <label htmlFor={`${id}-name-${l}`}>
              {t(M, 'partnerName')} ({l})
            </label>
            <input
              id={`${id}-name-${l}`}
              lang={l}
              value={role.name[l] ?? ''}
              onChange={(e) => onChange({ ...role, name: { ...role.name, [l]: e.target.value } })}
            />
          </div>
        ))}
        <div>
          <label htmlFor={`${id}-scope`}>{t(M, 'roleScope')}</label>
          <select
            id={`${id}-scope`}
            value={role.scope}
            onChange={(e) => onChange({ ...role, scope: e.target.value as RoleDraft['scope'] })}
          >
            {SCOPES.map((s) => (
              <option key={s} value={s}>
                {t(M, `scope_${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset>
        <legend>{t(M, 'rolePartners')}</legend>
        {partners.map((p) => (
          <span key={p.id} className="choice">
            <input
              id={`${id}-p-${p.id}`}
              type="checkbox"
              checked={role.partners.includes(p.id)}
              onChange={(e) => onChange({ ...role, partners: toggle(role.partners, p.id, e.target.checked) })}
            />
            <label htmlFor={`${id}-p-${p.id}`}>{p.id}</label>
          </span>
        ))}
      </fieldset>
      <details>
        <summary>
          {t(M, 'permissions')} ({role.permissions.length})
        </summary>
        <div className="checkbox-columns">
          {PERMISSIONS.map((perm) => (
            <p key={perm} className="checkbox-line">
              <input
                id={`${id}-perm-${perm}`}
                type="checkbox"
                checked={role.permissions.includes(perm)}
                onChange={(e) =>
                  onChange({ ...role, permissions: toggle(role.permissions, perm, e.target.checked) })
                }
              />
              <label htmlFor={`${id}-perm-${perm}`}>
                <code>{perm}</code>
              </label>
            </p>
          ))}
        </div>
      </details>
      <button type="button" className="small danger-outline" onClick={onRemove}>
        {t(M, 'removeRole', { n })}
      </button>
    </fieldset>
  );
}
