import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFor } from '../../../platform/access/actor.js';
import { applyCaseEvent } from '../../../platform/cases/apply-case-event.js';
import { openCase } from '../../../platform/cases/open-case.js';
import type { OperationContext } from '../../../platform/cases/operation-context.js';
import { sweepDueCases } from '../../../platform/cases/scheduler-sweep.js';
import { submitForm } from '../../../platform/cases/submit-form.js';
import type { Scenario } from '../../../platform/definitions/definition-types.generated.js';
import { BUILT_IN_SITES, folderResolver } from '../../../platform/definitions/read-site-folders.js';
import { isPlatformError } from '../../../platform/kernel/errors.js';
import { newId } from '../../../platform/kernel/ids.js';
import type { JsonObject } from '../../../platform/kernel/json.js';
import { memberships, users } from '../../../platform/storage/schema/index.js';
import { instantAfter } from '../../../platform/workflow/deadlines.js';
import type { CaseState, StepResult } from '../../../platform/workflow/index.js';
import { DEFAULT_SCENARIO_START, workflowDefinition } from '../../../platform/workflow/index.js';
import { caseRole, toWorkflowEvent } from '../../../platform/workflow/scenario-events.js';
import { expectationFailures } from '../../../platform/workflow/scenario-expectations.js';
import { type Platform, startPlatform } from '../../support/platform-harness.js';

/**
 * The SOP scenarios every example site carries, replayed through the runtime instead of the pure
 * engine: real operations, the database, the scheduler's sweeps, role permissions and scopes.
 * The same expectations must hold.
 */
const SITES = ['uz-tashkent-icm', 'rs-youth-nes-csw', 'child-family-cm'] as const;

type Member = { userId: string; displayName: string; partnerId: string; roleId: string };

async function membersOf(platform: Platform, siteId: string): Promise<Member[]> {
  return platform.db.db
    .select({
      userId: users.id,
      displayName: users.displayName,
      partnerId: memberships.partnerId,
      roleId: memberships.roleId,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.siteId, siteId));
}

async function replay(
  platform: Platform,
  siteId: string,
  sopId: string,
  scenario: Scenario,
  members: Member[],
): Promise<string[]> {
  const version = await platform.deps.registry.active(siteId);
  if (version === undefined) throw new Error('not published');
  const def = workflowDefinition(version.bundle, sopId);
  let agency = '';
  const ctxFor = (role: string): OperationContext => {
    const member =
      members.find((m) => m.roleId === role && (agency === '' || m.partnerId === agency)) ??
      members.find((m) => m.roleId === role);
    if (member === undefined) throw new Error(`no demo user holds role ${role}`);
    const actor = actorFor(version.bundle, {
      userId: member.userId,
      displayName: member.displayName,
      locale: version.bundle.site.defaultLocale,
      partnerId: member.partnerId,
      roleId: role,
    });
    return {
      store: platform.deps.store,
      registry: platform.deps.registry,
      clock: platform.clock,
      actor,
      version,
    };
  };
  platform.clock.set(scenario.start ?? DEFAULT_SCENARIO_START);
  const personId = newId();
  const now = platform.clock.now();
  await platform.deps.store.transaction((tx) =>
    tx.insertPerson({
      id: personId,
      siteId,
      data: (scenario.person ?? {}) as JsonObject,
      displayName: 'Scenario client',
      birthDate: null,
      sex: null,
      language: null,
      identifiers: [],
      createdAt: now,
      createdBy: null,
      updatedAt: now,
      version: 1,
    }),
  );
  const opener = ctxFor(caseRole(def));
  let record = await openCase(opener, { personId, sopId });
  agency = record.agency;
  const failures: string[] = [];
  for (const [index, step] of scenario.steps.entries()) {
    if (step.after !== undefined) {
      platform.clock.set(instantAfter(def, platform.clock.now().toISOString(), step.after));
      await sweepDueCases(platform.deps);
    }
    let result: StepResult | undefined;
    let why = '';
    if (step.event !== undefined) {
      const state = (await platform.deps.store.caseById(siteId, record.id))?.workflow as unknown as CaseState;
      const event = toWorkflowEvent(def, state, step.event);
      const current = await platform.deps.store.caseById(siteId, record.id);
      const ctx = ctxFor(event.actor?.role ?? caseRole(def));
      const withUser = { ...event, actor: { role: ctx.actor.roleId, userId: ctx.actor.userId } };
      // Colleagues who act on the case work on it as team members (the case manager adds them
      // as the procedure hands over); roles that reach the whole agency need no membership.
      if (ctx.actor.role.scope === 'own' && current?.ownerUserId !== ctx.actor.userId) {
        await platform.deps.store.transaction((tx) =>
          tx.addTeamMember(
            siteId,
            record.id,
            { userId: ctx.actor.userId, roleId: ctx.actor.roleId, consentId: null },
            platform.clock.now(),
          ),
        );
      }
      try {
        if (withUser.type === 'submit')
          await submitForm(ctx, record.id, withUser.form, {
            data: withUser.data,
            version: current?.version ?? 0,
          });
        else if (withUser.type !== 'open' && withUser.type !== 'tick')
          await applyCaseEvent(ctx, record.id, current?.version ?? 0, withUser);
        result = { ok: true, state, effects: [] };
      } catch (error) {
        if (!isPlatformError(error) || error.code !== 'guard_failed') {
          failures.push(
            `step ${index + 1} (${step.event.type}): ${isPlatformError(error) ? `${error.code}: ${error.message}` : String(error)}`,
          );
          continue;
        }
        result = {
          ok: false,
          event,
          blockedBy: ((error.detail.blockedBy as string[]) ?? []).map((code) => ({ code, params: {} })),
        };
        why = error.message;
      }
    }
    const after = await platform.deps.store.caseById(siteId, record.id);
    if (after) record = after;
    for (const f of expectationFailures(step.expect, record.workflow as unknown as CaseState, result, why))
      failures.push(`step ${index + 1}: ${f}`);
  }
  return failures;
}

for (const siteId of SITES) {
  describe(`${siteId}: SOP scenarios through the runtime`, () => {
    let platform: Platform;
    let members: Member[];
    beforeAll(async () => {
      platform = await startPlatform([siteId], folderResolver([BUILT_IN_SITES]));
      members = await membersOf(platform, siteId);
    });
    afterAll(() => platform.close());
    it('replays every scenario with the same expectations', async () => {
      const version = await platform.deps.registry.active(siteId);
      const results: string[] = [];
      for (const sop of Object.values(version?.bundle.sops ?? {})) {
        for (const scenario of sop.scenarios ?? []) {
          const failures = await replay(platform, siteId, sop.id, scenario, members);
          results.push(...failures.map((f) => `${sop.id} / ${scenario.name}: ${f}`));
        }
      }
      expect(results).toEqual([]);
    }, 300_000);
  });
}
