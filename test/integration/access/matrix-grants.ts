/*
 * Emergency (break-the-glass) access in the matrix's world: every actor whose role may break the
 * glass obtains it, through the API, on cases outside their scope — one that has run out by the
 * time the matrix runs (the clock is moved past the site's hours) and one still running.
 */
import { emergencyHours } from '../../../platform/access/emergency-access.js';
import { ok } from '../referrals/referral-kit.js';
import { seesCase } from './access-oracle.js';
import {
  can,
  type GrantState,
  type MatrixActor,
  type MatrixCase,
  type MatrixWorld,
} from './matrix-world-types.js';

const REASON = 'Matrix: out-of-hours call about this client';

async function grant(world: MatrixWorld, actor: MatrixActor, c: MatrixCase): Promise<void> {
  const path = `/api/sites/${world.site.siteId}/cases/${c.id}/emergency-access`;
  ok(await actor.client.request('POST', path, { reason: REASON }), 201);
}

/** The world's cases with the grants made (see the file comment); moves the platform's clock. */
export async function withGrants(world: MatrixWorld, cases: readonly MatrixCase[]): Promise<MatrixCase[]> {
  const grants = new Map(cases.map((c) => [c.id, new Map<string, GrantState>()]));
  const plan = world.actors
    .filter((a) => can(a, 'break_glass') && can(a, 'case.read'))
    .map((a) => ({ actor: a, outside: cases.filter((c) => !seesCase(a, c)) }));
  for (const { actor, outside } of plan) {
    const [first] = outside;
    if (first === undefined) continue;
    await grant(world, actor, first);
    grants.get(first.id)?.set(actor.userId, 'expired');
  }
  world.platform.clock.advance(emergencyHours(world.bundle) * 3_600_000 + 60_000);
  for (const { actor, outside } of plan) {
    const second = outside[1];
    if (second === undefined) continue;
    await grant(world, actor, second);
    grants.get(second.id)?.set(actor.userId, 'valid');
  }
  return cases.map((c) => ({ ...c, grants: grants.get(c.id) ?? new Map() }));
}
