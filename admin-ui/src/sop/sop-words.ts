import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { SOP_MESSAGES as M } from './sop-messages.js';

type Text = Readonly<Record<string, string>> | undefined;
type Duration = { amount?: number | { setting?: string }; unit?: string } | undefined;

/** Names of a site's things (roles, forms, stages, settings) and durations, in the user's language. */
export function useSopWords(bundle: SiteBundle, stages: readonly { id: string; name?: Text }[]) {
  const { t, l } = useI18n();
  const settings = bundle.site.settings ?? {};
  const duration = (d: Duration): string => {
    if (d === undefined) return '';
    const amount = d.amount;
    const value =
      typeof amount === 'number'
        ? String(amount)
        : amount?.setting !== undefined
          ? `${String(settings[amount.setting]?.value ?? '?')} (${l(settings[amount.setting]?.label) || amount.setting})`
          : '?';
    return `${value} ${d.unit ? t(M, `unit_${d.unit}`) : ''}`.trim();
  };
  return {
    duration,
    role: (id: string | undefined) =>
      id === undefined ? '' : l(bundle.site.roles.find((r) => r.id === id)?.name) || id,
    form: (id: string | undefined) => (id === undefined ? '' : l(bundle.forms[id]?.title) || id),
    stage: (id: string | undefined) =>
      id === undefined ? '' : l(stages.find((s) => s.id === id)?.name) || id,
  };
}
