import type { Approval } from '../../../platform/definitions/definition-types.generated.js';
import type { CaseAction } from '../common/api-types.js';
import { formatDateTime } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { useSite } from '../site/site-context.js';
import { ApprovalDecision } from './approval-decision.js';
import { APPROVAL_MESSAGES } from './approval-messages.js';
import { BlockedReasons } from './blocked-reasons.js';
import { useCase } from './case-context.js';

type RequestAction = Extract<CaseAction, { type: 'request_approval' }>;

/** One approval of the SOP: where it stands, the request button, and the approver's decision. */
export function ApprovalRow({ def, request }: { def: Approval; request: RequestAction | undefined }) {
  const { t, l, locale } = useI18n();
  const site = useSite();
  const { view, act, busy } = useCase();
  const state = view.state.approvals[def.id];
  const approver = def.role === site.roleId && site.can('approval.decide');
  // Requested again only after a return (or never requested): an approval stands until withdrawn.
  const canRequest =
    request !== undefined &&
    site.can('approval.request') &&
    (state === undefined || state.status === 'returned');
  return (
    <li className="approval">
      <div className="approval-head">
        <strong>{l(def.name)}</strong>
        {state && (
          <span className={`badge approval-${state.status}`}>
            {t(APPROVAL_MESSAGES, `approval_${state.status}`)}
          </span>
        )}
      </div>
      {state && (
        <p className="muted small-text">
          {t(APPROVAL_MESSAGES, 'requestedOn', {
            date: formatDateTime(state.requestedAt, locale, site.timeZone),
          })}
          {state.decidedAt &&
            ` · ${t(APPROVAL_MESSAGES, 'decidedOn', { date: formatDateTime(state.decidedAt, locale, site.timeZone) })}`}
        </p>
      )}
      {state?.comment && (
        <blockquote className="comment">
          <span className="visually-hidden">{t(APPROVAL_MESSAGES, 'comment')}: </span>
          {state.comment}
        </blockquote>
      )}
      {state?.status === 'pending' && approver && <ApprovalDecision approvalId={def.id} name={l(def.name)} />}
      {canRequest && (
        <div className="approval-request">
          <button
            type="button"
            className="primary"
            disabled={busy || request.blockedBy.length > 0}
            onClick={() => void act({ type: 'request_approval', approval: def.id })}
          >
            {t(APPROVAL_MESSAGES, 'request', { name: l(def.name) })}
          </button>
          <BlockedReasons reasons={request.reasons} />
        </div>
      )}
    </li>
  );
}

/**
 * The SOP's approvals that concern this case now: requested ones, and those that can be
 * requested (their form is filled in, or nothing blocks the request).
 */
export function ApprovalsCard() {
  const { t } = useI18n();
  const { view, sop } = useCase();
  const requests = new Map(
    view.actions.filter((a): a is RequestAction => a.type === 'request_approval').map((a) => [a.approval, a]),
  );
  const closureForm = sop?.closure.form?.form;
  const shown = (sop?.approvals ?? []).filter((def) => {
    const request = requests.get(def.id);
    if (view.state.approvals[def.id] !== undefined) return true;
    // The closure approval belongs to closing: it shows once the closure form is in (and in the close dialog).
    if (def.id === sop?.closure.approval)
      return closureForm === undefined || view.data[closureForm] !== undefined;
    return (
      (request !== undefined && request.blockedBy.length === 0) ||
      (def.form !== undefined && view.data[def.form.form] !== undefined && view.case.status !== 'closed')
    );
  });
  if (shown.length === 0) return null;
  return (
    <section className="card" aria-labelledby="approvals-title">
      <h2 id="approvals-title">{t(APPROVAL_MESSAGES, 'approvals')}</h2>
      <ul className="approval-list">
        {shown.map((def) => (
          <ApprovalRow key={def.id} def={def} request={requests.get(def.id)} />
        ))}
      </ul>
    </section>
  );
}
