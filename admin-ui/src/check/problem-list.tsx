import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { Link } from '../../../runtime-ui/src/common/router.js';
import type { LocatedProblem } from '../api/admin-types.js';
import { adminPaths } from '../app/admin-routes.js';
import { readablePointer } from '../definitions/translations-editor.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { CHECK_MESSAGES as M } from './check-messages.js';

/** Errors first, then warnings; each links to its definition's editor, opened at the pointer. */
export function ProblemList({ problems }: { problems: readonly LocatedProblem[] }) {
  const { t } = useI18n();
  const site = useAdminSite();
  if (problems.length === 0) return <p className="muted">{t(M, 'noProblems')}</p>;
  const ordered = [...problems].sort(
    (a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'),
  );
  const titleOf = (p: LocatedProblem) =>
    site.list?.items.find((i) => i.kind === p.kind && i.id === p.definitionId)?.title ??
    p.definitionId ??
    p.file;
  return (
    <ul className="problem-list">
      {ordered.map((p, i) => {
        const where = readablePointer(p.pointer);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: problems can repeat word for word
          <li key={`${p.file}${p.pointer}${p.code}${i}`} className={`problem problem-${p.severity}`}>
            <span className={`badge ${p.severity === 'error' ? 'badge-danger' : 'badge-warn'}`}>
              {t(M, p.severity)}
            </span>{' '}
            {p.kind !== null && p.definitionId !== null ? (
              <Link
                to={adminPaths.definition(site.id, p.kind, p.definitionId, {
                  pointer: p.pointer || undefined,
                })}
              >
                {titleOf(p)} › {where}
              </Link>
            ) : (
              <code>{p.file}</code>
            )}
            <span className="problem-message">{p.message}</span>
            <code className="problem-code muted">{p.code}</code>
          </li>
        );
      })}
    </ul>
  );
}

/** Problems of definitions that are not (yet) a site's: file, pointer and message, without links. */
export function ProblemLines({ problems }: { problems: readonly LocatedProblem[] }) {
  const { t } = useI18n();
  if (problems.length === 0) return <p className="muted">{t(M, 'noProblems')}</p>;
  return (
    <ul className="problem-list">
      {problems.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: problems can repeat word for word
        <li key={`${p.file}${p.pointer}${i}`} className={`problem problem-${p.severity}`}>
          <span className={`badge ${p.severity === 'error' ? 'badge-danger' : 'badge-warn'}`}>
            {t(M, p.severity)}
          </span>{' '}
          <code>
            {p.definitionId ?? p.file} › {readablePointer(p.pointer)}
          </code>
          <span className="problem-message">{p.message}</span>
        </li>
      ))}
    </ul>
  );
}
