import type { IndicatorEntity } from '../definition-types.generated.js';
import type { SiteIndex } from '../site-index.js';
import { caseFacts, REFERRAL_STATUSES, TASK_STATUSES } from './case-facts.js';
import { type FactTree, leaf, objectTree } from './fact-tree.js';
import { formFacts, personFacts } from './site-facts.js';

function withChild(tree: FactTree, name: string, child: FactTree): FactTree {
  return { ...tree, children: { ...(tree.children ?? {}), [name]: child } };
}

/** The facts of one record of an indicator's population. */
export function indicatorFacts(index: SiteIndex, entity: IndicatorEntity, formId?: string): FactTree {
  const site = index.get('site', index.siteId);
  const partners = site?.partners.map((p) => p.id);
  switch (entity) {
    case 'persons':
      return personFacts(index);
    case 'cases':
      return caseFacts(index);
    case 'referrals':
      return withChild(
        caseFacts(index),
        'referral',
        objectTree({
          id: leaf('string'),
          protocol: leaf('string', undefined, index.ids('referral')),
          status: leaf('string', undefined, REFERRAL_STATUSES),
          fromPartner: leaf('string', undefined, partners),
          toPartner: leaf('string', undefined, partners),
          toService: leaf('string', undefined, index.ids('service')),
          sentAt: leaf('date'),
          dueAt: leaf('date'),
          respondedAt: leaf('date'),
          completedAt: leaf('date'),
          declineReason: leaf('string'),
          overdue: leaf('boolean'),
        }),
      );
    case 'tasks':
      return withChild(
        caseFacts(index),
        'task',
        objectTree({
          id: leaf('string'),
          definition: leaf('string'),
          kind: leaf('string', undefined, [
            'task',
            'review',
            'approval',
            'follow_up',
            'referral_response',
            'passive_review',
          ]),
          role: leaf('string'),
          status: leaf('string', undefined, TASK_STATUSES),
          dueAt: leaf('date'),
          completedAt: leaf('date'),
          overdue: leaf('boolean'),
        }),
      );
    case 'submissions': {
      const data = formId ? formFacts(index, formId) : ({ type: 'object', open: true } as FactTree);
      return withChild(
        withChild(caseFacts(index), 'data', data),
        'submission',
        objectTree({
          id: leaf('string'),
          form: leaf('string', undefined, index.ids('form')),
          status: leaf('string', undefined, ['draft', 'submitted', 'superseded']),
          submittedAt: leaf('date'),
        }),
      );
    }
  }
}
