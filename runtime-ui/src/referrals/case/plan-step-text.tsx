import { useI18n } from '../../common/i18n.js';
import { useSite } from '../../site/site-context.js';
import { type PlanLink, planStepLabel } from './plan-steps.js';
import { SENDING_MESSAGES } from './sending-messages.js';

/** "Plan step: 2. Enrol in school (referred)" — the action-plan step a referral carries out. */
export function PlanStepText({ link, step, plan }: { link: PlanLink; step: number; plan: unknown }) {
  const { t, l } = useI18n();
  const site = useSite();
  const label =
    planStepLabel(site.bundle, link, plan, step, l) ?? t(SENDING_MESSAGES, 'planStepGone', { n: step + 1 });
  return <>{t(SENDING_MESSAGES, 'planStep', { step: label })}</>;
}
