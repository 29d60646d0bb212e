import { ageInYears } from '../../kernel/dates.js';
import type { OperationContext } from '../operation-context.js';
import { recordPersonConsent } from '../referrals/consent-operations.js';
import { siteDay } from './site-day.js';
import type { WalkView } from './walk-decisions.js';
import type { CaseWalk, WalkEnv } from './walk-types.js';

/**
 * Records the client's consent for a purpose through the consent operation (by a guardian for a
 * child; in writing, with evidence, where the purpose requires it, else most often so) and
 * remembers until when it holds.
 */
export async function recordClientConsent(
  w: CaseWalk,
  env: WalkEnv,
  view: WalkView,
  ctx: OperationContext,
  purposeId: string,
  recipients: readonly string[],
): Promise<void> {
  const purpose = env.def.bundle.site.consentPurposes?.find((c) => c.id === purposeId);
  const written = purpose?.writtenRequired === true || w.random.chance(0.6);
  const birth = w.client?.birthDate ?? null;
  const age = birth === null ? undefined : ageInYears(birth, siteDay(view.now, env.def.timeZone));
  const consent = await recordPersonConsent(ctx, view.record.personId, {
    purpose: purposeId,
    recipients: [...new Set([...(purpose?.recipients ?? []), ...recipients])],
    givenBy: age !== undefined && age < 18 ? 'parent_or_guardian' : 'client',
    mode: written ? 'written' : 'verbal',
    ...(written ? { evidence: `Signed consent form, file ${w.random.int(100, 999)}` } : {}),
  });
  w.consents.set(
    purposeId,
    consent.expiresAt === null ? Number.POSITIVE_INFINITY : Date.parse(consent.expiresAt),
  );
}
