import { type FormEvent, useId, useState } from 'react';
import { api } from '../../../runtime-ui/src/common/api-client.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { useSession } from '../../../runtime-ui/src/common/session.js';
import { useResource } from '../../../runtime-ui/src/common/use-resource.js';
import { useTitle } from '../../../runtime-ui/src/common/use-title.js';
import { adminBase } from '../api/admin-api.js';
import { AdminError } from '../api/admin-error.js';
import type { SiteUser } from '../api/admin-types.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { firstGrant, type Grant, GrantFields } from './grant-fields.js';
import { USER_MESSAGES as M } from './user-messages.js';

function UserRow({ user, onChanged }: { user: SiteUser; onChanged: () => void }) {
  const { t, l } = useI18n();
  const site = useAdminSite();
  const { view } = useSession();
  const id = useId();
  const [grant, setGrant] = useState<Grant>(() => firstGrant(site));
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<unknown>();
  const base = adminBase(site.id);
  const partner = (p: string) => l(site.bundle.site.partners.find((x) => x.id === p)?.name) || p;
  const role = (r: string) => l(site.bundle.site.roles.find((x) => x.id === r)?.name) || r;
  const self = view?.user.id === user.userId;
  const act = (work: () => Promise<unknown>) => {
    setError(undefined);
    work().then(onChanged).catch(setError);
  };
  return (
    <tr className={user.active ? undefined : 'row-muted'}>
      <th scope="row">
        {user.displayName}
        <div className="muted small-text">
          <code>{user.username}</code> · {user.locale}
          {self && ` · ${t(M, 'you')}`}
        </div>
      </th>
      <td>
        <ul className="membership-list">
          {user.memberships.map((m) => (
            <li key={m.id} className={m.active ? undefined : 'muted'}>
              {partner(m.partnerId)} · {role(m.roleId)}{' '}
              {m.active ? (
                <button
                  type="button"
                  className="small"
                  aria-label={t(M, 'end', { role: role(m.roleId), partner: partner(m.partnerId) })}
                  onClick={() => act(() => api(`${base}/memberships/${m.id}`, { method: 'DELETE' }))}
                >
                  {t(M, 'endShort')}
                </button>
              ) : (
                <span className="badge muted">{t(M, 'ended')}</span>
              )}
            </li>
          ))}
        </ul>
        {adding ? (
          <form
            className="inline-controls"
            aria-label={t(M, 'grantFor', { name: user.displayName })}
            onSubmit={(e) => {
              e.preventDefault();
              act(() =>
                api(`${base}/memberships`, { body: { userId: user.userId, ...grant } }).then(() =>
                  setAdding(false),
                ),
              );
            }}
          >
            <GrantFields id={`${id}-grant`} value={grant} onChange={setGrant} />
            <button type="submit" className="small">
              {t(M, 'grant')}
            </button>
          </form>
        ) : (
          <button type="button" className="small" onClick={() => setAdding(true)}>
            + {t(M, 'grantFor', { name: user.displayName })}
          </button>
        )}
        <AdminError error={error} />
      </td>
      <td>
        <span className={`badge ${user.active ? 'badge-ok' : 'muted'}`}>
          {t(M, user.active ? 'active' : 'inactive')}
        </span>
        {user.elsewhere && <div className="muted small-text">{t(M, 'elsewhere')}</div>}
        {!self && !user.elsewhere && (
          <div>
            <button
              type="button"
              className={user.active ? 'small danger-outline' : 'small'}
              onClick={() =>
                act(() =>
                  api(`${base}/users/${user.userId}/active`, {
                    method: 'PUT',
                    body: { active: !user.active },
                  }),
                )
              }
            >
              {t(M, user.active ? 'deactivate' : 'reactivate', { name: user.displayName })}
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}

function CreateUser({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n();
  const site = useAdminSite();
  const id = useId();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [locale, setLocale] = useState(site.bundle.site.defaultLocale);
  const [grant, setGrant] = useState<Grant>(() => firstGrant(site));
  const [done, setDone] = useState<{ username: string; password: string | null }>();
  const [error, setError] = useState<unknown>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      const created = await api<{ user: SiteUser; initialPassword: string | null }>(
        `${adminBase(site.id)}/users`,
        {
          body: { username, displayName, locale, memberships: [grant], ...(password ? { password } : {}) },
        },
      );
      setDone({ username: created.user.username, password: created.initialPassword });
      setUsername('');
      setDisplayName('');
      setPassword('');
      onCreated();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(M, 'createTitle')}</h2>
      {done && (
        <div className="notice notice-ok" role="status">
          <p>{t(M, 'created', { username: done.username })}</p>
          {done.password && (
            <p>
              {t(M, 'generated')} <code className="secret">{done.password}</code>
            </p>
          )}
        </div>
      )}
      <div className="property-grid">
        <div>
          <label htmlFor={`${id}-username`}>{t(M, 'username')}</label>
          <input
            id={`${id}-username`}
            autoComplete="off"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
          />
        </div>
        <div>
          <label htmlFor={`${id}-name`}>{t(M, 'displayName')}</label>
          <input
            id={`${id}-name`}
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
            required
          />
        </div>
        <div>
          <label htmlFor={`${id}-password`}>{t(M, 'password')}</label>
          <input
            id={`${id}-password`}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor={`${id}-locale`}>{t(M, 'language')}</label>
          <select id={`${id}-locale`} value={locale} onChange={(e) => setLocale(e.target.value)}>
            {site.bundle.site.locales.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </div>
        <GrantFields id={`${id}-grant`} value={grant} onChange={setGrant} />
      </div>
      <div className="form-actions">
        <button type="submit" className="primary">
          {t(M, 'create')}
        </button>
      </div>
      <AdminError error={error} />
    </form>
  );
}

function InviteUser({ onInvited }: { onInvited: () => void }) {
  const { t } = useI18n();
  const site = useAdminSite();
  const id = useId();
  const [username, setUsername] = useState('');
  const [grant, setGrant] = useState<Grant>(() => firstGrant(site));
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<unknown>();
  return (
    <form
      className="card"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        setError(undefined);
        api(`${adminBase(site.id)}/memberships`, { body: { username, ...grant } })
          .then(() => {
            setDone(username);
            setUsername('');
            onInvited();
          })
          .catch(setError);
      }}
    >
      <h2 id={`${id}-title`}>{t(M, 'inviteTitle')}</h2>
      {done && (
        <p className="notice notice-ok" role="status">
          {t(M, 'invited', { username: done })}
        </p>
      )}
      <div className="property-grid">
        <div>
          <label htmlFor={`${id}-username`}>{t(M, 'username')}</label>
          <input
            id={`${id}-username`}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
          />
        </div>
        <GrantFields id={`${id}-grant`} value={grant} onChange={setGrant} />
      </div>
      <div className="form-actions">
        <button type="submit">{t(M, 'invite')}</button>
      </div>
      <AdminError error={error} />
    </form>
  );
}

/** Users and memberships of the site, for its administrators: create, invite, grant, end, deactivate. */
export function UsersPage() {
  const { t } = useI18n();
  const site = useAdminSite();
  const id = useId();
  useTitle(t(M, 'title'));
  const users = useResource<{ users: SiteUser[] }>(`${adminBase(site.id)}/users`, {
    sameInEveryLanguage: true,
  });
  const [filter, setFilter] = useState('');
  const q = filter.trim().toLowerCase();
  const list = (users.data?.users ?? []).filter(
    (u) => q === '' || u.username.includes(q) || u.displayName.toLowerCase().includes(q),
  );
  const reload = () => void users.reload();
  return (
    <section aria-labelledby="users-title">
      <div className="page-head">
        <div>
          <h1 id="users-title">{t(M, 'title')}</h1>
          <p className="muted">{t(M, 'intro')}</p>
        </div>
      </div>
      <AdminError error={users.error} onReload={reload} />
      <div className="two-columns">
        <CreateUser onCreated={reload} />
        <InviteUser onInvited={reload} />
      </div>
      <section className="card" aria-labelledby={`${id}-list`}>
        <div className="card-head">
          <h2 id={`${id}-list`}>{t(M, 'count', { n: users.data?.users.length ?? 0 })}</h2>
          <span className="inline-field">
            <label htmlFor={`${id}-filter`}>{t(M, 'filter')}</label>
            <input
              id={`${id}-filter`}
              type="search"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
          </span>
        </div>
        <div className="table-scroll">
          <table className="data-table users-table">
            <thead>
              <tr>
                <th scope="col">{t(M, 'user')}</th>
                <th scope="col">{t(M, 'memberships')}</th>
                <th scope="col">{t(M, 'account')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((u) => (
                <UserRow key={u.userId} user={u} onChanged={reload} />
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </section>
  );
}
