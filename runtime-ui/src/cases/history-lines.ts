import type { SopDefinition } from '../../../platform/definitions/definition-types.generated.js';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import type { Effect } from '../../../platform/workflow/index.js';
import type { HistoryItem } from '../common/api-types.js';
import { formatDateTime, formatDay } from '../common/format.js';
import { formatMessage } from '../common/message-table.js';
import type { UiLocale } from '../common/ui-locales.js';
import { optionLabel, partnerName, roleName, stageOf, taskName } from '../site/definitions.js';
import { CASE_MESSAGES } from './case-messages.js';
import { HISTORY_MESSAGES } from './history-messages.js';

type Text = (text: Readonly<Record<string, string | undefined>> | string | undefined) => string;

export type HistoryContext = {
  readonly bundle: SiteBundle;
  readonly sop: SopDefinition | undefined;
  readonly locale: UiLocale;
  readonly l: Text;
  /** Names of people the history mentions by id (the case team's), where known. */
  readonly names?: ReadonlyMap<string, string>;
};

function line(c: HistoryContext, id: string, params: Record<string, string> = {}): string {
  return formatMessage(HISTORY_MESSAGES, id, c.locale, params);
}

function effectLine(c: HistoryContext, e: Effect): string | null {
  const stage = (id: string | null) => c.l(stageOf(c.sop, id ?? '')?.name) || (id ?? '');
  const task = (defId: string) => c.l(taskName(c.sop, defId)) || defId;
  const status = (s: string) => formatMessage(CASE_MESSAGES, `status_${s}`, c.locale);
  switch (e.type) {
    case 'case_opened':
      return line(c, 'case_opened', { stage: stage(e.stage) });
    case 'stage_changed':
      return e.from === null ? null : line(c, 'stage_changed', { from: stage(e.from), to: stage(e.to) });
    case 'status_changed':
      return line(c, 'status_changed', { from: status(e.from), to: status(e.to) });
    case 'case_closed':
      return line(c, 'case_closed', {
        reason: c.l(optionLabel(c.bundle, c.sop?.closure.reasons, e.reason)) || e.reason,
      });
    case 'case_reopened':
      return line(c, 'case_reopened', { stage: stage(e.stage) });
    case 'form_submitted':
      return line(c, 'form_submitted', { form: c.l(c.bundle.forms[e.formId]?.title) || e.formId });
    case 'task_created':
      return e.task.kind === 'approval' ? null : line(c, 'task_created', { task: task(e.task.defId) });
    case 'task_completed':
      return line(c, 'task_completed', { task: task(e.defId) });
    case 'task_skipped':
      return line(c, 'task_skipped', { task: task(e.defId), reason: e.reason });
    case 'task_cancelled':
      return line(c, 'task_cancelled', { task: task(e.defId) });
    case 'task_overdue':
      return line(c, 'task_overdue', { task: task(e.defId) });
    case 'approval_requested':
      return line(c, 'approval_requested', { approval: task(e.approvalId) });
    case 'approval_decided': {
      const text = line(c, `approval_${e.decision}`, { approval: task(e.approvalId) });
      return e.comment ? `${text} — “${e.comment}”` : text;
    }
    case 'approval_withdrawn':
      return line(c, 'approval_withdrawn', { approval: task(e.approvalId) });
    case 'review_scheduled':
      return line(c, 'review_scheduled', { date: formatDay(e.dueDate, c.locale) });
    case 'milestone_reached': {
      const name = c.sop?.milestones?.find((m) => m.id === e.milestoneId)?.name;
      return line(c, 'milestone_reached', { milestone: c.l(name) || e.milestoneId });
    }
    case 'priority_changed':
      return line(c, 'priority_changed', {
        to: c.l(optionLabel(c.bundle, c.sop?.priority?.options, e.to)) || String(e.to ?? '—'),
      });
    default:
      return null;
  }
}

/** What an event of the case history says, one line per effect worth telling a person. */
export function historyLines(c: HistoryContext, event: HistoryItem): string[] {
  if (event.type === 'case.assigned') return [line(c, 'assigned')];
  if (event.type === 'case.team_member_added') {
    const role = c.l(roleName(c.bundle, String(event.payload.roleId ?? '')));
    const { partnerId, userId } = event.payload;
    if (typeof partnerId !== 'string') return [line(c, 'team_added', { role })];
    // Staff of another partner, admitted by the client's consent to joint casework.
    const partner = c.l(partnerName(c.bundle, partnerId));
    const name = typeof userId === 'string' ? c.names?.get(userId) : undefined;
    return name === undefined
      ? [line(c, 'team_added_joint_unnamed', { role, partner })]
      : [line(c, 'team_added_joint', { role, partner, name })];
  }
  if (event.type === 'case.team_member_removed') return [line(c, 'team_removed')];
  if (event.type === 'case.emergency_access') {
    const time = formatDateTime(
      String(event.payload.expiresAt ?? ''),
      c.locale,
      c.bundle.site.timeZone ?? 'UTC',
    );
    return [line(c, 'emergency_access', { time, reason: String(event.payload.reason ?? '') })];
  }
  const effects = Array.isArray(event.payload.effects) ? (event.payload.effects as Effect[]) : [];
  return effects.flatMap((e) => effectLine(c, e) ?? []);
}
