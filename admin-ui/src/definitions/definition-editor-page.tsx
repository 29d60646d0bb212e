import { useEffect } from 'react';
import type { DefinitionKind } from '../../../platform/definitions/definition-kinds.js';
import type { JsonObject } from '../../../platform/kernel/json.js';
import { COMMON_MESSAGES } from '../../../runtime-ui/src/common/common-messages.js';
import { formatDateTime } from '../../../runtime-ui/src/common/format.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { Link, navigate, useLocation } from '../../../runtime-ui/src/common/router.js';
import { useTitle } from '../../../runtime-ui/src/common/use-title.js';
import { AdminError } from '../api/admin-error.js';
import { ADMIN_MESSAGES } from '../app/admin-messages.js';
import { adminPaths } from '../app/admin-routes.js';
import { ProblemList } from '../check/problem-list.js';
import { FormDesigner } from '../designer/form-designer.js';
import { LookupEditor } from '../lookups/lookup-editor.js';
import { ReferralEditor } from '../referrals/referral-editor.js';
import { ServiceEditor } from '../referrals/service-editor.js';
import { RuleEditor } from '../rules/rule-editor.js';
import { GenericEditor } from '../schema/generic-editor.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { SiteSettingsEditor } from '../site/site-settings-editor.js';
import { SopView } from '../sop/sop-view.js';
import { DEFINITION_MESSAGES as M } from './definition-messages.js';
import { StatusBadge } from './definitions-page.js';
import { type EditorView, viewFor, viewsOf } from './editor-views.js';
import { JsonEditor } from './json-editor.js';
import { TranslationsEditor } from './translations-editor.js';
import { type DefinitionDraft, useDefinitionDraft } from './use-definition-draft.js';

/** Props every view of the editor gets. */
export type ViewProps = {
  readonly kind: DefinitionKind;
  readonly id: string;
  readonly json: JsonObject;
  readonly onChange: (json: JsonObject) => void;
  readonly readOnly: boolean;
  readonly pointer: string | null;
};

function View({ view, props }: { view: EditorView; props: ViewProps }) {
  switch (view) {
    case 'design':
      return <FormDesigner {...props} />;
    case 'rule':
      return <RuleEditor {...props} />;
    case 'diagram':
      return <SopView {...props} />;
    case 'options':
      return <LookupEditor {...props} />;
    case 'protocol':
      return <ReferralEditor {...props} />;
    case 'service':
      return <ServiceEditor {...props} />;
    case 'settings':
      return <SiteSettingsEditor {...props} />;
    case 'form':
      return <GenericEditor {...props} />;
    case 'json':
      return <JsonEditor {...props} />;
    case 'translations':
      return <TranslationsEditor {...props} />;
  }
}

const titleOf = (json: JsonObject | null | undefined) =>
  (json?.title ?? json?.name) as Record<string, string> | undefined;

/** One definition: its views (purpose-built, all properties, JSON, translations) and its draft's actions. */
export function DefinitionEditorPage({ kind, id }: { kind: DefinitionKind; id: string }) {
  const { t, l, locale } = useI18n();
  const site = useAdminSite();
  const { search } = useLocation();
  const draft = useDefinitionDraft(kind, id);
  const pointer = search.get('pointer');
  const view = viewFor(kind, search.get('view'), pointer);
  const name = l(titleOf(draft.json ?? draft.read?.published)) || id;
  useTitle(name);
  const readOnly = !site.can('definitions.edit');
  const status = site.list?.items.find((i) => i.kind === kind && i.id === id)?.status;
  // Leaving with unsaved edits asks first: closing the tab, or following a link out of this
  // definition (its views keep the edits, so switching between them does not ask).
  useEffect(() => {
    if (!draft.dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    const here = adminPaths.definition(site.id, kind, id);
    const click = (e: MouseEvent) => {
      const link = (e.target as Element | null)?.closest?.('a[href]');
      const href = link?.getAttribute('href');
      if (!href || href.split('?')[0] === here || link?.getAttribute('download') !== null) return;
      if (!window.confirm(t(M, 'leaveUnsaved'))) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', warn);
    document.addEventListener('click', click, true);
    return () => {
      window.removeEventListener('beforeunload', warn);
      document.removeEventListener('click', click, true);
    };
  }, [draft.dirty, site.id, kind, id, t]);
  if (draft.loadError !== undefined)
    return <AdminError error={draft.loadError} onReload={() => void draft.reload()} />;
  if (draft.json === undefined) return <p aria-live="polite">{t(COMMON_MESSAGES, 'loading')}</p>;
  const json = draft.json;
  return (
    <article className="definition-editor" aria-labelledby="definition-title">
      <p className="breadcrumb">
        <Link to={adminPaths.tab(site.id, 'definitions', { kind })}>{t(M, 'backToList')}</Link>
        {' / '}
        {t(M, `kind_${kind}`)}
      </p>
      <div className="page-head">
        <div>
          <h1 id="definition-title">{name}</h1>
          <p className="muted small-text">
            <code>{id}</code> · {draft.read?.file} {status !== undefined && <StatusBadge status={status} />}{' '}
            {draft.read?.draft
              ? t(M, 'draftOf', {
                  n: draft.read.draft.version,
                  when: formatDateTime(draft.read.draft.updatedAt, locale, site.timeZone),
                })
              : t(M, 'asPublished')}
          </p>
        </div>
      </div>
      <div className="editor-toolbar">
        <nav className="tabs view-tabs" aria-label={t(M, 'editorViews')}>
          <ul>
            {viewsOf(kind).map((v) => (
              <li key={v}>
                <Link
                  to={adminPaths.definition(site.id, kind, id, { view: v })}
                  aria-current={v === view ? 'page' : undefined}
                >
                  {t(M, `view_${v}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {!readOnly && <EditorActions draft={draft} kind={kind} name={name} />}
      </div>
      {readOnly && <p className="notice">{t(M, 'readOnly')}</p>}
      {draft.conflict && (
        <div className="notice notice-error" role="alert">
          <p>{t(ADMIN_MESSAGES, 'changedMeanwhile')}</p>
          <button type="button" onClick={() => void draft.reload()}>
            {t(COMMON_MESSAGES, 'reload')}
          </button>
          <pre className="code-block">{JSON.stringify(json, null, 2).slice(0, 4000)}</pre>
        </div>
      )}
      {!draft.conflict && <AdminError error={draft.error} />}
      {draft.problems !== undefined && draft.problems.length > 0 && (
        <section className="card problems-card" aria-labelledby="problems-here">
          <h2 id="problems-here">{t(M, 'problemsHere')}</h2>
          <ProblemList problems={draft.problems} />
        </section>
      )}
      {json === null ? (
        <p className="notice notice-warn">{t(M, 'removedNotice')}</p>
      ) : (
        <View view={view} props={{ kind, id, json, onChange: draft.change, readOnly, pointer }} />
      )}
    </article>
  );
}

function EditorActions({
  draft,
  kind,
  name,
}: {
  draft: DefinitionDraft;
  kind: DefinitionKind;
  name: string;
}) {
  const { t } = useI18n();
  const site = useAdminSite();
  const hasDraft = draft.read?.draft !== null && draft.read?.draft !== undefined;
  const published = draft.read?.published !== null;
  return (
    <div className="form-actions editor-actions">
      <button
        type="button"
        className="primary"
        disabled={!draft.dirty || draft.busy || draft.json === null}
        onClick={() => void draft.save()}
      >
        {draft.busy ? t(M, 'saving') : t(M, 'saveDraft')}
      </button>
      {draft.dirty && (
        <button type="button" onClick={draft.undo} disabled={draft.busy}>
          {t(M, 'undoEdits')}
        </button>
      )}
      {hasDraft && (
        <button
          type="button"
          disabled={draft.busy}
          onClick={() =>
            void draft.discard().then(() => {
              if (!published) navigate(adminPaths.tab(site.id, 'definitions'));
            })
          }
        >
          {t(M, 'discardDraft')}
        </button>
      )}
      {published && kind !== 'site' && draft.json !== null && (
        <button
          type="button"
          className="danger-outline"
          disabled={draft.busy}
          onClick={() => {
            if (window.confirm(t(M, 'confirmRemove', { name }))) void draft.remove();
          }}
        >
          {t(M, 'removeDefinition')}
        </button>
      )}
      <span className="muted" role="status">
        {draft.dirty ? t(M, 'unsaved') : draft.savedAt !== null ? t(M, 'saved') : ''}
      </span>
    </div>
  );
}
