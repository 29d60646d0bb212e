import type { SiteIndex } from '../site-index.js';
import { type FactTree, leaf, objectTree } from './fact-tree.js';
import { objectFieldFacts } from './field-facts.js';
import { lookupValuesOf, personRecordFacts, settingsFacts } from './site-facts.js';

export const CASE_STATUSES = ['open', 'passive', 'closed'] as const;
export const TASK_STATUSES = ['open', 'done', 'skipped', 'cancelled'] as const;
export const APPROVAL_STATUSES = ['pending', 'approved', 'returned'] as const;
export const REFERRAL_STATUSES = [
  'draft',
  'requested',
  'received',
  'accepted',
  'rejected',
  'in_progress',
  'on_hold',
  'completed',
  'cancelled',
  'failed',
] as const;

const unique = (values: string[]) => [...new Set(values)];

/** `case.*`: the case record. */
function caseRecordFacts(index: SiteIndex): FactTree {
  const sops = index.all('sop');
  const site = index.get('site', index.siteId);
  return objectTree({
    id: leaf('string'),
    status: leaf('string', undefined, CASE_STATUSES),
    stage: leaf('string', undefined, unique(sops.flatMap((s) => s.stages.map((st) => st.id)))),
    sop: leaf('string', undefined, index.ids('sop')),
    agency: leaf(
      'string',
      undefined,
      site?.partners.map((p) => p.id),
    ),
    owner: leaf('string'),
    priority: leaf('string'),
    weight: leaf('number'),
    openedAt: leaf('date'),
    stageEnteredAt: leaf('date'),
    closedAt: leaf('date'),
    closureReason: leaf('string'),
    reopenedCount: leaf('number'),
  });
}

function keyed(ids: readonly string[], make: () => FactTree): FactTree {
  return objectTree(Object.fromEntries(ids.map((id) => [id, make()])));
}

/**
 * The facts of a case, read by SOP conditions, case rules, referral and service eligibility,
 * caseload weights and indicators: `case`, `person`, `forms.<form-id>` (latest submitted data),
 * `tasks.<task-id>`, `approvals.<approval-id>`, `referrals.<protocol-id>`, `milestones.<id>`,
 * `settings`, `today`. The runtime builds exactly this shape.
 */
export function caseFacts(index: SiteIndex): FactTree {
  const lookups = lookupValuesOf(index);
  const forms: Record<string, FactTree> = {};
  for (const id of index.ids('form')) {
    const form = index.get('form', id);
    // A form that failed schema validation is still known: any path into it is accepted, so its
    // own schema error is reported once instead of cascading through every expression using it.
    if (form === undefined) forms[id] = { type: 'object', open: true };
    else if ((form.subject ?? 'case') === 'case')
      forms[form.id] = objectFieldFacts(form.fields, lookups, form.title);
  }
  const sops = index.all('sop');
  const taskIds = unique(
    sops.flatMap((s) => [
      ...s.stages.flatMap((st) => (st.tasks ?? []).map((t) => t.id)),
      ...(s.reviews ?? []).map((r) => r.id),
      ...(s.discretionaryTasks ?? []).map((t) => t.id),
    ]),
  );
  return objectTree({
    case: caseRecordFacts(index),
    person: personRecordFacts(index),
    forms: objectTree(forms),
    tasks: keyed(taskIds, () =>
      objectTree({
        status: leaf('string', undefined, TASK_STATUSES),
        dueAt: leaf('date'),
        completedAt: leaf('date'),
        overdue: leaf('boolean'),
      }),
    ),
    approvals: keyed(unique(sops.flatMap((s) => (s.approvals ?? []).map((a) => a.id))), () =>
      objectTree({ status: leaf('string', undefined, APPROVAL_STATUSES), decidedAt: leaf('date') }),
    ),
    referrals: keyed(index.ids('referral'), () =>
      objectTree({
        status: leaf('string', undefined, REFERRAL_STATUSES),
        sentAt: leaf('date'),
        respondedAt: leaf('date'),
        completedAt: leaf('date'),
        count: leaf('number'),
      }),
    ),
    milestones: keyed(unique(sops.flatMap((s) => (s.milestones ?? []).map((m) => m.id))), () =>
      objectTree({ reachedAt: leaf('date') }),
    ),
    settings: settingsFacts(index),
    today: leaf('date'),
  });
}
