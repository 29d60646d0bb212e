import { useEffect, useId, useMemo, useState } from 'react';
import { formatNumber } from '../../../runtime-ui/src/common/format.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { AdminError } from '../api/admin-error.js';
import type { MatchCount as Count } from '../api/admin-types.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { RULE_MESSAGES as M } from './rule-messages.js';

type Subject = 'person' | 'case';

/**
 * How many registered persons (or cases not closed) the rule matches in the live database — the
 * published rule and the rule with the editor's changes (drafted settings and called rules written
 * in) — counted in SQL by `…/match-count`, again a moment after every change.
 */
export function MatchCount({
  ruleId,
  published,
  logic,
  subject: ruleSubject,
}: {
  ruleId: string;
  published: boolean;
  logic: unknown;
  subject: unknown;
}) {
  const { t, locale } = useI18n();
  const site = useAdminSite();
  const id = useId();
  const countable = ruleSubject === 'person' || ruleSubject === 'case';
  const [subject, setSubject] = useState<Subject>(ruleSubject === 'person' ? 'person' : 'case');
  const [before, setBefore] = useState<Count>();
  const [after, setAfter] = useState<Count>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const key = useMemo(() => JSON.stringify(logic), [logic]);
  const { api } = site;
  useEffect(() => {
    if (!countable) return;
    let live = true;
    const timer = window.setTimeout(() => {
      setBusy(true);
      setError(undefined);
      Promise.all([
        published ? api.matchCount({ ruleId, subject }) : Promise.resolve(undefined),
        api.matchCount({ logic: JSON.parse(key) as unknown, subject }),
      ])
        .then(([b, a]) => {
          if (!live) return;
          setBefore(b);
          setAfter(a);
        })
        .catch((e: unknown) => live && setError(e))
        .finally(() => live && setBusy(false));
    }, 600);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [api, countable, published, ruleId, subject, key]);
  const n = (x: number) => formatNumber(x, locale, 0);
  const subjectText = t(M, `subject_${subject}`);
  const diff = before && after ? after.matched - before.matched : 0;
  return (
    <section className="card match-count" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(M, 'matchTitle')}</h2>
      {!countable ? (
        <p className="muted">{t(M, 'formSubject')}</p>
      ) : (
        <>
          <p className="muted small-text">{t(M, 'matchIntro')}</p>
          <label htmlFor={`${id}-subject`}>{t(M, 'countOver')}</label>
          <select
            id={`${id}-subject`}
            value={subject}
            onChange={(e) => setSubject(e.target.value as Subject)}
          >
            <option value="person">{t(M, 'subject_person')}</option>
            <option value="case">{t(M, 'subject_case')}</option>
          </select>
          <div className="counts" aria-live="polite" aria-busy={busy}>
            {busy && <p className="muted small-text">{t(M, 'counting')}</p>}
            {published ? (
              before && (
                <p
                  className="count-line"
                  data-testid="match-published"
                  data-matched={before.matched}
                  data-total={before.total}
                >
                  {t(M, 'matchesPublished', {
                    matched: n(before.matched),
                    total: n(before.total),
                    subject: subjectText,
                  })}
                </p>
              )
            ) : (
              <p className="muted">{t(M, 'notPublishedYet')}</p>
            )}
            {after && (
              <p
                className="count-line count-draft"
                data-testid="match-draft"
                data-matched={after.matched}
                data-total={after.total}
                data-subject={after.subject}
              >
                <strong>
                  {t(M, 'matchesDraft', {
                    matched: n(after.matched),
                    total: n(after.total),
                    subject: subjectText,
                  })}
                </strong>
                <MatchBar matched={after.matched} total={after.total} />
              </p>
            )}
            {before && after && diff !== 0 && (
              <p className="count-diff">
                {t(M, 'difference', { sign: diff > 0 ? '+' : '−', n: n(Math.abs(diff)) })}
              </p>
            )}
            {after && (
              <p className="muted small-text">
                {t(M, 'engine', { engine: after.engine, ms: after.elapsedMs })}
              </p>
            )}
          </div>
          <AdminError error={error} />
        </>
      )}
    </section>
  );
}

function MatchBar({ matched, total }: { matched: number; total: number }) {
  const share = total === 0 ? 0 : matched / total;
  return (
    <span className="meter match-meter" aria-hidden="true">
      <span className="meter-fill" style={{ width: `${Math.round(share * 100)}%` }} />
    </span>
  );
}
