import type { ServiceDefinition } from '../definition-types.generated.js';
import type { SiteIndex } from '../site-index.js';
import type { DefinitionReporter } from './definition-reporter.js';
import type { ExpressionEnvs } from './expression-envs.js';

/** Checks a service-directory entry: provider, eligibility, referral protocol. */
export function linkService(
  service: ServiceDefinition,
  index: SiteIndex,
  envs: ExpressionEnvs,
  r: DefinitionReporter,
): void {
  if ('partner' in service.provider) {
    const partners = index.get('site', index.siteId)?.partners.map((p) => p.id) ?? [];
    r.oneOf('/provider/partner', 'partner', service.provider.partner, partners);
  }
  if (service.eligibility !== undefined)
    r.expression('/eligibility', service.eligibility, envs.case, 'boolean');
  if (service.referral !== undefined) r.ref('/referral/referral', 'referral', service.referral.referral);
}
