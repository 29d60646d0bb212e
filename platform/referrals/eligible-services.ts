import type { ServiceDefinition } from '../definitions/definition-types.generated.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import { canonicalJson } from '../kernel/canonical-json.js';
import type { LocalizedText } from '../kernel/localized-text.js';
import type { Evaluator, TraceLine } from '../rules/index.js';
import { checkEligibility } from './eligibility.js';

/** One directory service as a referral target for a case: eligible or not, and why. */
export type ServiceEligibility = {
  service: string;
  name: LocalizedText;
  eligible: boolean;
  /** The conditions evaluated (the service's, then its referral protocol's), described in the locale. */
  explanation: TraceLine[];
  /** The protocol to refer with; `null` for a service without one (a gap, or signposting only). */
  referral: string | null;
  status: NonNullable<ServiceDefinition['status']>;
  /** Set when a condition could not be evaluated (the service then counts as not eligible). */
  error?: string;
};

/** The referral protocol that reaches a service: its own `referral`, else a protocol routed to it; null when none. */
export function protocolOf(bundle: Pick<SiteBundle, 'referrals'>, service: ServiceDefinition): string | null {
  if (service.referral !== undefined) return service.referral.referral;
  const routed = Object.values(bundle.referrals).find(
    (r) => 'service' in r.to && r.to.service === service.id,
  );
  return routed?.id ?? null;
}

/** The service's condition and its protocol's, once each (the same rule is often named in both). */
function conditionsOf(bundle: SiteBundle, service: ServiceDefinition, protocolId: string | null): unknown[] {
  const conditions = [
    service.eligibility,
    protocolId === null ? undefined : bundle.referrals[protocolId]?.eligibility,
  ];
  const seen = new Set<string>();
  return conditions.filter((logic) => {
    if (logic === undefined) return false;
    const key = canonicalJson(logic);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Screening's list of referral targets: every service of the directory that is not inactive,
 * with whether the case's facts meet its eligibility (and its referral protocol's) and the
 * reasons in `locale`. Eligible services one can refer to come first, then eligible ones without a
 * referral route (a `gap` nobody provides yet: worth raising with the board), then the others.
 */
export function eligibleServices(
  bundle: SiteBundle,
  caseFacts: unknown,
  evaluator: Evaluator,
  locale: string = bundle.site.defaultLocale,
): ServiceEligibility[] {
  const list = Object.values(bundle.services)
    .filter((s) => (s.status ?? 'active') !== 'inactive')
    .map((service): ServiceEligibility => {
      const status = service.status ?? 'active';
      const referral = status === 'gap' ? null : protocolOf(bundle, service);
      const checks = conditionsOf(bundle, service, referral).map((logic) =>
        checkEligibility(bundle, evaluator, logic, caseFacts, locale),
      );
      const error = checks.find((c) => c.error !== undefined)?.error;
      const result: ServiceEligibility = {
        service: service.id,
        name: service.name,
        eligible: checks.every((c) => c.eligible),
        explanation: checks.flatMap((c) => c.explanation),
        referral,
        status,
      };
      return error === undefined ? result : { ...result, error };
    });
  const rank = (s: ServiceEligibility) => (s.eligible ? 0 : 2) + (s.referral === null ? 1 : 0);
  return list.sort((a, b) => rank(a) - rank(b));
}
