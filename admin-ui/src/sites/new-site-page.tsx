import { useId, useState } from 'react';
import { api } from '../../../runtime-ui/src/common/api-client.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { formatMessage } from '../../../runtime-ui/src/common/message-table.js';
import { Link } from '../../../runtime-ui/src/common/router.js';
import type { SessionView } from '../../../runtime-ui/src/common/session.js';
import { isUiLocale, UI_LOCALES } from '../../../runtime-ui/src/common/ui-locales.js';
import { useTitle } from '../../../runtime-ui/src/common/use-title.js';
import { AdminError } from '../api/admin-error.js';
import type { CreatedSite, NewSiteCheck } from '../api/admin-types.js';
import { adminPaths } from '../app/admin-routes.js';
import { ProblemLines } from '../check/problem-list.js';
import { DEFINITION_ID } from '../definitions/new-definition.js';
import { RoleFields } from './role-fields.js';
import {
  CASE_MANAGER_PERMISSIONS,
  PARTNER_TYPES,
  type PartnerDraft,
  type SiteDraft,
  siteDefinition,
} from './site-draft.js';
import { SITE_MESSAGES as M } from './site-messages.js';
import { draftStarterRegistration } from './starter-registration.js';
import { useTemplates } from './use-templates.js';

function PartnerRows({ draft, set }: { draft: SiteDraft; set: (d: SiteDraft) => void }) {
  const { t } = useI18n();
  const id = useId();
  const setPartner = (i: number, p: PartnerDraft) =>
    set({ ...draft, partners: draft.partners.map((x, j) => (j === i ? p : x)) });
  return (
    <fieldset>
      <legend>{t(M, 'partners')}</legend>
      {draft.partners.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
        <fieldset key={i} className="partner-row">
          <legend>{t(M, 'partnerN', { n: i + 1 })}</legend>
          <div className="property-grid">
            <div>
              <label htmlFor={`${id}-${i}-id`}>{t(M, 'partnerId')}</label>
              <input
                id={`${id}-${i}-id`}
                className="code"
                value={p.id}
                onChange={(e) => setPartner(i, { ...p, id: e.target.value.trim() })}
              />
            </div>
            {draft.locales.map((l) => (
              <div key={l}>
                <label htmlFor={`${id}-${i}-name-${l}`}>
                  {t(M, 'partnerName')} ({l})
                </label>
                <input
                  id={`${id}-${i}-name-${l}`}
                  lang={l}
                  value={p.name[l] ?? ''}
                  onChange={(e) => setPartner(i, { ...p, name: { ...p.name, [l]: e.target.value } })}
                />
              </div>
            ))}
            <div>
              <label htmlFor={`${id}-${i}-type`}>{t(M, 'partnerType')}</label>
              <select
                id={`${id}-${i}-type`}
                value={p.type}
                onChange={(e) => setPartner(i, { ...p, type: e.target.value })}
              >
                {PARTNER_TYPES.map((x) => (
                  <option key={x} value={x}>
                    {t(M, `partnerType_${x}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p className="checkbox-line">
            <input
              id={`${id}-${i}-hub`}
              type="radio"
              name={`${id}-hub`}
              checked={p.hub}
              onChange={() =>
                set({ ...draft, partners: draft.partners.map((x, j) => ({ ...x, hub: j === i })) })
              }
            />
            <label htmlFor={`${id}-${i}-hub`}>{t(M, 'hub')}</label>
          </p>
          {draft.partners.length > 1 && (
            <button
              type="button"
              className="small danger-outline"
              onClick={() => set({ ...draft, partners: draft.partners.filter((_, j) => j !== i) })}
            >
              {t(M, 'removePartner', { n: i + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      <button
        type="button"
        className="small"
        onClick={() =>
          set({ ...draft, partners: [...draft.partners, { id: '', name: {}, type: 'ngo', hub: false }] })
        }
      >
        + {t(M, 'addPartner')}
      </button>
    </fieldset>
  );
}

const EMPTY: SiteDraft = {
  id: '',
  extends: '',
  name: {},
  locales: ['en'],
  defaultLocale: 'en',
  timeZone: '',
  partners: [{ id: 'hub', name: {}, type: 'social_services', hub: true }],
  roles: [],
};

/** A new site from a template, without writing a file: described here, checked, then created. */
export function NewSitePage(_: { view: SessionView }) {
  const { t } = useI18n();
  const id = useId();
  useTitle(t(M, 'newTitle'));
  const templates = useTemplates();
  const [draft, setDraft] = useState<SiteDraft>(EMPTY);
  const [check, setCheck] = useState<NewSiteCheck>();
  const [created, setCreated] = useState<CreatedSite>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [starter, setStarter] = useState(true);
  const [starterDrafted, setStarterDrafted] = useState(false);
  const template = draft.extends || templates[0]?.id || '';
  const chosen = templates.find((x) => x.id === template);
  const site = siteDefinition({ ...draft, extends: template });
  const set = (next: SiteDraft) => {
    setDraft(next);
    setCheck(undefined);
  };
  const send = async (dryRun: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      if (dryRun) setCheck(await api<NewSiteCheck>('/api/admin/sites', { body: { dryRun: true, site } }));
      else {
        const made = (await api<{ site: CreatedSite }>('/api/admin/sites', { body: { site } })).site;
        setCreated(made);
        if (starter) {
          await draftStarterRegistration(made.siteId);
          setStarterDrafted(true);
        }
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  if (created)
    return (
      <section aria-labelledby="new-site-title">
        <h1 id="new-site-title">{t(M, 'newTitle')}</h1>
        <p className="notice notice-ok" role="status">
          {t(M, 'created', {
            id: created.siteId,
            version: created.version,
            partner: created.membership.partnerId,
          })}
        </p>
        {starterDrafted && <p className="notice">{t(M, 'starterDrafted')}</p>}
        <AdminError error={error} />
        <p className="form-actions">
          {starterDrafted && (
            <Link className="button primary" to={adminPaths.tab(created.siteId, 'publish')}>
              {t(M, 'publishNext')}
            </Link>
          )}
          <Link
            className={starterDrafted ? 'button' : 'button primary'}
            to={adminPaths.tab(created.siteId, 'definitions')}
          >
            {t(M, 'openWorkspace')}
          </Link>
          <Link className="button" to={adminPaths.tab(created.siteId, 'users')}>
            {t(M, 'addUsers')}
          </Link>
        </p>
      </section>
    );
  return (
    <section aria-labelledby="new-site-title">
      <h1 id="new-site-title">{t(M, 'newTitle')}</h1>
      <p className="muted">{t(M, 'newIntro')}</p>
      <form
        className="card new-site"
        onSubmit={(e) => {
          e.preventDefault();
          void send(true);
        }}
      >
        <div className="property-grid">
          <div>
            <label htmlFor={`${id}-template`}>{t(M, 'template')}</label>
            <input
              id={`${id}-template`}
              className="code"
              list={`${id}-templates`}
              value={template}
              onChange={(e) => set({ ...draft, extends: e.target.value.trim() })}
            />
            <datalist id={`${id}-templates`}>
              {templates.map((x) => (
                <option key={x.id} value={x.id} label={x.name} />
              ))}
            </datalist>
            {chosen !== undefined && (
              <p className="small-text muted">
                {chosen.name}
                {chosen.description !== '' && ` — ${chosen.description}`} ({chosen.locales.join(', ')})
              </p>
            )}
          </div>
          <div>
            <label htmlFor={`${id}-id`}>{t(M, 'siteId')}</label>
            <input
              id={`${id}-id`}
              className="code"
              value={draft.id}
              aria-invalid={(draft.id !== '' && !DEFINITION_ID.test(draft.id)) || undefined}
              onChange={(e) => set({ ...draft, id: e.target.value.trim() })}
            />
          </div>
          <div>
            <label htmlFor={`${id}-tz`}>{t(M, 'timeZone')}</label>
            <input
              id={`${id}-tz`}
              value={draft.timeZone}
              onChange={(e) => set({ ...draft, timeZone: e.target.value })}
            />
          </div>
        </div>
        <fieldset>
          <legend>{t(M, 'languages')}</legend>
          {UI_LOCALES.map((l) => (
            <span key={l.id} className="choice">
              <input
                id={`${id}-locale-${l.id}`}
                type="checkbox"
                checked={draft.locales.includes(l.id)}
                onChange={(e) => {
                  const locales = e.target.checked
                    ? [...draft.locales, l.id]
                    : draft.locales.filter((x) => x !== l.id);
                  if (locales.length === 0) return;
                  set({
                    ...draft,
                    locales,
                    defaultLocale: locales.includes(draft.defaultLocale)
                      ? draft.defaultLocale
                      : (locales[0] as string),
                  });
                }}
              />
              <label htmlFor={`${id}-locale-${l.id}`} lang={l.id}>
                {l.name}
              </label>
            </span>
          ))}
          <label htmlFor={`${id}-default`}>{t(M, 'defaultLocale')}</label>
          <select
            id={`${id}-default`}
            value={draft.defaultLocale}
            onChange={(e) => set({ ...draft, defaultLocale: e.target.value })}
          >
            {draft.locales.map((l) => (
              <option key={l} value={l}>
                {UI_LOCALES.find((x) => x.id === l)?.name ?? l}
              </option>
            ))}
          </select>
        </fieldset>
        <fieldset>
          <legend>{t(M, 'siteName')}</legend>
          <div className="property-grid">
            {draft.locales.map((l) => (
              <div key={l}>
                <label htmlFor={`${id}-name-${l}`}>
                  {t(M, 'siteName')} ({l})
                </label>
                <input
                  id={`${id}-name-${l}`}
                  lang={l}
                  value={draft.name[l] ?? ''}
                  onChange={(e) => set({ ...draft, name: { ...draft.name, [l]: e.target.value } })}
                />
              </div>
            ))}
          </div>
        </fieldset>
        <PartnerRows draft={draft} set={set} />
        <fieldset>
          <legend>{t(M, 'roles')}</legend>
          <p className="muted small-text">{t(M, 'rolesIntro')}</p>
          {draft.roles.map((role, i) => (
            <RoleFields
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
              key={i}
              id={`${id}-role-${i}`}
              n={i + 1}
              role={role}
              partners={draft.partners}
              locales={draft.locales}
              onChange={(r) => set({ ...draft, roles: draft.roles.map((x, j) => (j === i ? r : x)) })}
              onRemove={() => set({ ...draft, roles: draft.roles.filter((_, j) => j !== i) })}
            />
          ))}
          <div className="form-actions">
            <button
              type="button"
              className="small"
              onClick={() =>
                set({
                  ...draft,
                  roles: [
                    ...draft.roles,
                    {
                      id: 'case_manager',
                      name: Object.fromEntries(
                        draft.locales.map((l) => [
                          l,
                          formatMessage(M, 'caseManager', isUiLocale(l) ? l : 'en'),
                        ]),
                      ),
                      scope: 'own',
                      partners: [],
                      permissions: [...CASE_MANAGER_PERMISSIONS],
                    },
                  ],
                })
              }
            >
              + {t(M, 'caseworkerPreset')}
            </button>
            <button
              type="button"
              className="small"
              onClick={() =>
                set({
                  ...draft,
                  roles: [...draft.roles, { id: '', name: {}, scope: 'own', partners: [], permissions: [] }],
                })
              }
            >
              + {t(M, 'addRole')}
            </button>
          </div>
        </fieldset>
        <p className="checkbox-line">
          <input
            id={`${id}-starter`}
            type="checkbox"
            checked={starter}
            onChange={(e) => setStarter(e.target.checked)}
          />
          <label htmlFor={`${id}-starter`}>{t(M, 'starter')}</label>
        </p>
        <div className="form-actions">
          <button type="submit" disabled={busy || !DEFINITION_ID.test(draft.id) || template === ''}>
            {t(M, 'check')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={busy || check?.ok !== true}
            onClick={() => void send(false)}
          >
            {t(M, 'create')}
          </button>
        </div>
        {check && (
          <div aria-live="polite">
            {check.ok && <p className="notice notice-ok">{t(M, 'checkOk')}</p>}
            {check.problems.length > 0 && <ProblemLines problems={check.problems} />}
          </div>
        )}
        <AdminError error={error} />
      </form>
    </section>
  );
}
