import { type FormEvent, useId, useMemo, useState } from 'react';
import { DEFINITION_KINDS, type DefinitionKind } from '../../../platform/definitions/definition-kinds.js';
import { COMMON_MESSAGES } from '../../../runtime-ui/src/common/common-messages.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { Link, navigate, useLocation } from '../../../runtime-ui/src/common/router.js';
import { useTitle } from '../../../runtime-ui/src/common/use-title.js';
import { AdminError } from '../api/admin-error.js';
import type { DefinitionListItem, DefinitionStatus } from '../api/admin-types.js';
import { adminPaths } from '../app/admin-routes.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { DEFINITION_MESSAGES as M } from './definition-messages.js';
import { DEFINITION_ID, NEW_KINDS, type NewKind, newDefinition } from './new-definition.js';

/** A definition's status as a badge. */
export function StatusBadge({ status }: { status: DefinitionStatus }) {
  const { t } = useI18n();
  return <span className={`badge status-${status}`}>{t(M, `status_${status}`)}</span>;
}

/** Every definition of the site by kind, with what drafts change, filters and a way to add one. */
export function DefinitionsPage() {
  const { t } = useI18n();
  const site = useAdminSite();
  const { search } = useLocation();
  useTitle(t(M, 'definitionsTitle'));
  const kind = search.get('kind') ?? '';
  const status = search.get('status') ?? '';
  const [text, setText] = useState(search.get('q') ?? '');
  const setFilter = (name: string, value: string) =>
    navigate(adminPaths.tab(site.id, 'definitions', { kind, status, q: text, [name]: value }), {
      replace: true,
    });
  const items = useMemo(() => {
    const q = text.trim().toLowerCase();
    return (site.list?.items ?? []).filter(
      (i) =>
        (kind === '' || i.kind === kind) &&
        (status === '' || (status === 'unpublished' ? i.status !== 'published' : i.status === status)) &&
        (q === '' || i.id.includes(q) || i.title.toLowerCase().includes(q)),
    );
  }, [site.list, kind, status, text]);
  const ids = { status: useId(), text: useId() };
  return (
    <section aria-labelledby="definitions-title">
      <div className="page-head">
        <div>
          <h1 id="definitions-title">{t(M, 'definitionsTitle')}</h1>
          <p className="muted">{t(M, 'definitionsIntro')}</p>
        </div>
        {site.can('definitions.edit') && <DiscardAll />}
      </div>
      {!site.can('definitions.edit') && <p className="notice">{t(M, 'readOnly')}</p>}
      <nav className="kind-chips" aria-label={t(M, 'filterKind')}>
        <ul className="chips">
          {['', ...DEFINITION_KINDS].map((k) => {
            const n = (site.list?.items ?? []).filter((i) => k === '' || i.kind === k).length;
            return (
              <li key={k}>
                <Link
                  className="chip"
                  to={adminPaths.tab(site.id, 'definitions', { kind: k, status, q: text })}
                  aria-current={kind === k ? 'true' : undefined}
                >
                  {k === '' ? t(M, 'allKinds') : t(M, `kind_${k}`)} <span className="count">{n}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="filters card">
        <div>
          <label htmlFor={ids.status}>{t(M, 'filterStatus')}</label>
          <select id={ids.status} value={status} onChange={(e) => setFilter('status', e.target.value)}>
            <option value="">{t(M, 'anyStatus')}</option>
            <option value="unpublished">{t(M, 'unpublishedOnly')}</option>
            {(['published', 'changed', 'added', 'deleted'] as const).map((s) => (
              <option key={s} value={s}>
                {t(M, `status_${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.text}>{t(M, 'filterText')}</label>
          <input id={ids.text} type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
      </div>
      <AdminError error={site.listError} onReload={() => void site.refresh()} />
      {site.list === undefined && site.listError === undefined && <p>{t(COMMON_MESSAGES, 'loading')}</p>}
      {site.list !== undefined && items.length === 0 && <p>{t(M, 'nothingFound')}</p>}
      {DEFINITION_KINDS.map((k) => (
        <KindTable key={k} kind={k} items={items.filter((i) => i.kind === k)} />
      ))}
      {site.can('definitions.edit') && <NewDefinition />}
    </section>
  );
}

function KindTable({ kind, items }: { kind: DefinitionKind; items: readonly DefinitionListItem[] }) {
  const { t, locale } = useI18n();
  const site = useAdminSite();
  if (items.length === 0) return null;
  const headingId = `kind-${kind}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(M, `kind_${kind}`)} <span className="count">{items.length}</span>
      </h2>
      <div className="table-scroll">
        <table className="data-table definitions-table">
          <thead>
            <tr>
              <th scope="col">{t(M, 'colName')}</th>
              <th scope="col">{t(M, 'colId')}</th>
              <th scope="col">{t(M, 'colStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {[...items]
              .sort((a, b) => a.title.localeCompare(b.title, locale))
              .map((i) => (
                <tr key={i.id} className={i.status === 'published' ? undefined : 'row-changed'}>
                  <th scope="row">
                    <Link to={adminPaths.definition(site.id, i.kind, i.id)}>{i.title}</Link>
                  </th>
                  <td>
                    <code>{i.id}</code>
                  </td>
                  <td>
                    <StatusBadge status={i.status} />
                    {i.draft?.stale && i.status !== 'published' && (
                      <span className="badge badge-warn">{t(M, 'stale')}</span>
                    )}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function DiscardAll() {
  const { t } = useI18n();
  const site = useAdminSite();
  const [error, setError] = useState<unknown>();
  const pending = site.list?.items.some((i) => i.draft !== null) ?? false;
  if (!pending) return null;
  return (
    <div>
      <button
        type="button"
        className="danger-outline"
        onClick={() => {
          if (!window.confirm(t(M, 'confirmDiscardAll'))) return;
          site.api
            .discardAll()
            .then(() => site.refresh())
            .catch(setError);
        }}
      >
        {t(M, 'discardAll')}
      </button>
      <AdminError error={error} />
    </div>
  );
}

function NewDefinition() {
  const { t } = useI18n();
  const site = useAdminSite();
  const [kind, setKind] = useState<NewKind>('rule');
  const [id, setId] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const ids = { kind: useId(), id: useId() };
  const valid = DEFINITION_ID.test(id);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    setBusy(true);
    setError(undefined);
    try {
      const { draft } = await site.api.save(kind, id, newDefinition(kind, id, site.working), null);
      site.noteDraft(kind, id, draft.json);
      navigate(adminPaths.definition(site.id, kind, id));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="new-definition">
      <h2 id="new-definition">{t(M, 'newDefinition')}</h2>
      <div className="inline-controls">
        <div>
          <label htmlFor={ids.kind}>{t(M, 'filterKind')}</label>
          <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as NewKind)}>
            {NEW_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(M, `kind_${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="grow">
          <label htmlFor={ids.id}>{t(M, 'newId')}</label>
          <input
            id={ids.id}
            value={id}
            onChange={(e) => setId(e.target.value.trim())}
            aria-invalid={id !== '' && !valid}
            pattern="[a-z][a-z0-9]*([_\-][a-z0-9]+)*"
          />
        </div>
        <button type="submit" className="primary" disabled={!valid || busy}>
          {t(M, 'create')}
        </button>
      </div>
      <AdminError error={error} />
    </form>
  );
}
