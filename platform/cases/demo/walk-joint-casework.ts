import type { OperationContext } from '../operation-context.js';
import { recordClientConsent } from './client-consent.js';
import { type StaffMember, seesCase, whoCan } from './demo-staff.js';
import type { WalkView } from './walk-decisions.js';
import type { CaseWalk, WalkEnv } from './walk-types.js';

/**
 * Staff of another partner work on the case only under the client's consent to joint casework
 * with that partner (`referrals/joint-casework.ts`): makes sure one is in force now. The client
 * consents once, to a member of the case's agency who sees the case, and again when that consent
 * has run out (a renewal keeps the team members it admits). `false`: the site has no such purpose,
 * or nobody at the agency may record it.
 */
export async function jointConsentInForce(
  w: CaseWalk,
  env: WalkEnv,
  view: WalkView,
  member: StaffMember,
): Promise<boolean> {
  const bundle = env.def.bundle;
  const purposes = (bundle.site.consentPurposes ?? []).filter(
    (p) => p.jointCasework === true && (p.recipients ?? []).includes(member.partnerId),
  );
  const now = view.now.getTime();
  if (purposes.some((p) => (w.consents.get(p.id) ?? 0) >= now)) return true;
  const purpose = purposes[0];
  if (purpose === undefined) return false;
  const recorder = whoCan(bundle, env.staff, view.record, view.team, { permission: 'consent.record' }).find(
    (m) => seesCase(m, view.record, view.team),
  );
  if (recorder === undefined) return false;
  await recordClientConsent(w, env, view, context(env, recorder), purpose.id, [member.partnerId]);
  return true;
}

function context(env: WalkEnv, member: StaffMember): OperationContext {
  return {
    store: env.store,
    registry: env.registry,
    clock: env.clock,
    actor: member.actor,
    version: env.version,
  };
}
