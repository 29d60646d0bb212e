import { formatNumber } from '../../../runtime-ui/src/common/format.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { Link } from '../../../runtime-ui/src/common/router.js';
import type { CountedChange } from '../api/admin-types.js';
import { adminPaths } from '../app/admin-routes.js';
import { DEFINITION_MESSAGES } from '../definitions/definition-messages.js';
import { CHANGES_MESSAGES as M } from './changes-messages.js';
import { type ChangeNames, phraseChange, phraseImpact } from './phrase-change.js';

/** Changes grouped by definition, each in domain words with the open cases it touches; linked to the editor within a site. */
export function ChangeList({
  changes,
  siteId,
  names,
}: {
  changes: readonly CountedChange[];
  siteId?: string;
  names?: ChangeNames;
}) {
  const { t, locale } = useI18n();
  const groups = new Map<string, CountedChange[]>();
  for (const c of changes) {
    const key = `${c.kind}:${c.definitionId}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  if (changes.length === 0) return <p className="muted">{t(M, 'none')}</p>;
  return (
    <div className="change-groups">
      {[...groups.values()].map((group) => {
        const first = group[0] as CountedChange;
        const name = first.definition || first.definitionId;
        return (
          <section
            key={`${first.kind}:${first.definitionId}`}
            className="card change-group"
            aria-label={name}
          >
            <h3>
              <span className="badge muted">{t(DEFINITION_MESSAGES, `kind_${first.kind}`)}</span>{' '}
              {siteId !== undefined ? (
                <Link to={adminPaths.definition(siteId, first.kind, first.definitionId)}>{name}</Link>
              ) : (
                name
              )}
            </h3>
            <ul className="change-list">
              {group.map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: changes can repeat word for word
                <li key={`${c.code}${c.pointer}${i}`} className={c.affected ? 'change-touching' : undefined}>
                  <span className="change-text">{phraseChange(c, locale, names)}</span>
                  {c.affected !== null && (
                    <span className={`badge ${c.affected > 0 ? 'badge-warn' : 'muted'}`}>
                      {phraseImpact(c, locale, formatNumber(c.affected, locale, 0)) ??
                        t(M, 'affected', { n: formatNumber(c.affected, locale, 0) })}
                    </span>
                  )}
                  {c.code === 'field_renamed_candidate' && (
                    <p className="small-text muted">{t(M, 'renameHint')}</p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
