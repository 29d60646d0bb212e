/*
 * Referrals at the child and family case-management site, through the API with its demo users:
 * the lead agency refers a child to the kinship care programme; the urgent response deadline is
 * missed first (overdue tasks for both sides, once), then the round trip completes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepDueCases } from '../../../platform/cases/scheduler-sweep.js';
import { openDatabase } from '../../../platform/storage/database.js';
import { createSiteRegistry } from '../../../platform/storage/site-versions.js';
import { createCaseStore } from '../../../platform/storage/store/create-case-store.js';
import type { Client, Platform } from '../../support/platform-harness.js';
import {
  expectNoneOf,
  historyTypes,
  ok,
  openCaseWith,
  type ReferralDriver,
  startReferral,
  startReferralPlatform,
} from './referral-kit.js';

const SITE = 'child-family-cm';
const API = `/api/sites/${SITE}`;
const TODAY = '2025-03-03';
const UNSHARED = [
  'UNSHARED-OTHERNAME-4471',
  'UNSHARED-CONCERN-7310',
  'UNSHARED-HEALTH-5150',
  'UNSHARED-PRIORITY-1288',
];
const WORKER = 'child.social_service_worker';
const KINSHIP = 'child.partner_caseworker.kinship-care-programme';
const POLICE = 'child.partner_caseworker.police-cpu';

let platform: Platform;
let worker: Client;
let kinship: Client;
let police: Client;
let personId: string;
let caseId: string;

const member = (memberName: string, care: string) => ({
  memberName,
  isPrimaryClient: true,
  safety: { level: 'some_concern' },
  health: { level: 'some_concern', notes: UNSHARED[2] },
  care_and_family: { level: care, notes: 'Grandmother willing to care' },
  strengths: 'Attends school',
});

async function signInAll(): Promise<void> {
  worker = await platform.signIn(WORKER);
  kinship = await platform.signIn(KINSHIP);
  police = await platform.signIn(POLICE);
}

beforeAll(async () => {
  platform = await startReferralPlatform([SITE]);
  await signInAll();
  ({ personId, caseId } = await openCaseWith(
    worker,
    SITE,
    {
      firstName: 'Awa',
      lastName: 'Koné',
      otherNames: UNSHARED[0],
      dateOfBirth: '2015-09-10',
      sex: 'female',
      language: 'fr',
      community: 'Yopougon',
      caregiverName: 'Mariam Koné',
      caregiverPhone: '+225 07 00 00 00',
    },
    [
      [
        'identification',
        {
          identifiedOn: TODAY,
          identifiedBy: 'teacher',
          clientUnit: [{ name: 'Awa Koné', age: 9, relation: 'child', isPrimaryClient: true }],
          presentingConcern: UNSHARED[1],
          urgentSafetyConcern: false,
        },
      ],
      [
        'child-assessment',
        {
          assessmentDate: TODAY,
          assessmentType: 'initial',
          memberAssessments: [member('Awa Koné', 'serious_concern')],
          riskLevel: 'medium',
          priorityNeeds: UNSHARED[3],
        },
      ],
      [
        'case-plan',
        {
          planDate: TODAY,
          goals: [{ goal: 'Safe family care', horizon: 'short_term' }],
          actions: [
            {
              action: 'Kinship care',
              goalNumber: 1,
              who: 'Kinship programme',
              byWhen: '2025-04-30',
              status: 'planned',
            },
          ],
          strengthsUsed: 'Grandmother',
          closureStatement: 'Awa lives safely with family',
          childViewsIncluded: true,
          clientAgreed: true,
        },
      ],
    ],
  ));
});
afterAll(() => platform.close());

type Task = { caseId: string; kind: string; overdue: boolean; personName: string; definitionId: string };

async function referralTasks(client: Client): Promise<Task[]> {
  const items = ok(await client.request('GET', `${API}/work/tasks`)).items as Task[];
  return items.filter((t) => t.kind.startsWith('referral_'));
}

describe('Child and family: lead agency → kinship care programme', () => {
  let referral: ReferralDriver;

  it('lists kinship care among the services the child is eligible for, with reasons', async () => {
    const reply = ok(await worker.request('GET', `${API}/cases/${caseId}/eligible-services?locale=fr`));
    const services = reply.services as {
      service: string;
      eligible: boolean;
      referral: string | null;
      explanation: unknown[];
    }[];
    const kinshipCare = services.find((s) => s.service === 'kinship-care');
    expect(kinshipCare).toMatchObject({ eligible: true, referral: 'to-kinship-care' });
    expect(kinshipCare?.explanation.length).toBeGreaterThan(0);
  });

  it('sends an urgent referral under consent; only the shared fields reach the programme', async () => {
    ok(
      await worker.request('POST', `${API}/persons/${personId}/consents`, {
        purpose: 'share-with-kinship-care',
        givenBy: 'parent_or_guardian',
        mode: 'verbal',
      }),
      201,
    );
    referral = await startReferral(worker, SITE, caseId, {
      protocol: 'to-kinship-care',
      reason: 'kinship_placement',
      planStep: 0,
    });
    await referral.fill(worker, 'referral-request', {
      reasonDetails: 'Placement with the grandmother',
      urgency: 'urgent',
      requestedService: 'Kinship care assessment',
      informationExplained: true,
      familySigned: true,
    });
    await referral.act(worker, { type: 'send' });
    const inbox = ok(await kinship.request('GET', `${API}/referrals?box=incoming`));
    expect((inbox.items as { id: string }[]).map((i) => i.id)).toEqual([referral.id]);
    expectNoneOf(inbox, UNSHARED);
    // The linked plan step is the sender's: listed for it, not for the receiver.
    expect((inbox.items as { planStep: unknown }[]).map((i) => i.planStep)).toEqual([null]);
    const sent = ok(await worker.request('GET', `${API}/referrals?box=outgoing`));
    const mineSent = (sent.items as { id: string; planStep: unknown }[]).find((i) => i.id === referral.id);
    expect(mineSent?.planStep).toBe(0);
    const view = await referral.view(kinship);
    expect(view.shared?.data['child-assessment']).toEqual({
      memberAssessments: [
        {
          memberName: 'Awa Koné',
          care_and_family: { level: 'serious_concern', notes: 'Grandmother willing to care' },
          strengths: 'Attends school',
        },
      ],
    });
    expectNoneOf(view, UNSHARED);
    expect((await kinship.request('GET', `${API}/cases/${caseId}`)).status).toBe(404);
    expect((await police.request('GET', `${API}/referrals/${referral.id}`)).status).toBe(404);
  });

  it('misses the one-working-day response deadline: an overdue task on each side, once', async () => {
    platform.clock.set('2025-03-05T09:00:00Z');
    // A second connection pool stands for a second server process (truly concurrent on PostgreSQL).
    const pool = platform.db.databaseUrl
      ? await openDatabase({ databaseUrl: platform.db.databaseUrl })
      : undefined;
    const other = pool
      ? { store: createCaseStore(pool.db), registry: createSiteRegistry(pool.db), clock: platform.clock }
      : platform.deps;
    const [a, b] = await Promise.all([sweepDueCases(platform.deps), sweepDueCases(other)]);
    await pool?.close();
    expect((a.referrals?.changed ?? 0) + (b.referrals?.changed ?? 0)).toBe(1);
    expect((await sweepDueCases(platform.deps)).referrals?.claimed).toBe(0);
    await signInAll();
    const mine = await referralTasks(worker);
    expect(mine.map((t) => [t.caseId, t.kind, t.overdue])).toEqual([[caseId, 'referral_response', true]]);
    const theirs = await referralTasks(kinship);
    expect(theirs.map((t) => [t.kind, t.overdue, t.personName])).toEqual([['referral_response', true, '']]);
    expect(await referralTasks(police)).toEqual([]);
    const view = await referral.view(worker);
    expect(view.referral.overdue).toEqual({ response: true, completion: false });
    // The scheduler changed the referral: a client acting on the version it read before gets a 409.
    const stale = await kinship.request('POST', `${API}/referrals/${referral.id}/actions`, {
      type: 'accept',
      version: referral.version,
    });
    expect(stale.status).toBe(409);
    referral.version = view.version;
  });

  it('accepting closes both overdue tasks; delivery and the counter-referral complete the plan action', async () => {
    await referral.act(kinship, { type: 'accept' });
    expect(await referralTasks(worker)).toEqual([]);
    expect(await referralTasks(kinship)).toEqual([]);
    await referral.act(kinship, { type: 'start' });
    await referral.fill(kinship, 'counter-referral', {
      feedbackDate: '2025-03-05',
      recordedBy: 'provider',
      serviceAccessed: 'yes',
      outcome: 'completed',
      servicesProvided: 'Placement with the grandmother',
    });
    await referral.act(kinship, { type: 'complete' });
    const view = ok(await worker.request('GET', `${API}/cases/${caseId}`));
    const plan = (view.data as Record<string, { actions: { status: string }[]; actionsCompleted: number }>)[
      'case-plan'
    ];
    expect([plan?.actions[0]?.status, plan?.actionsCompleted]).toEqual(['completed', 1]);
  });

  it('keeps both histories and reports the disclosure to the family in French', async () => {
    const types = (await historyTypes(worker, SITE, caseId)).filter((t) => t.startsWith('referral.'));
    expect(types).toEqual([
      'referral.create',
      'referral.form_submitted',
      'referral.send',
      'referral.tick',
      'referral.accept',
      'referral.start',
      'referral.form_submitted',
      'referral.complete',
    ]);
    const timeline = (await referral.view(kinship)).referral.history.map((h) => h.event);
    expect(timeline).toEqual(['create', 'send', 'accept', 'start', 'complete']);
    const log = ok(await worker.request('GET', `${API}/persons/${personId}/disclosures`));
    expect(log.locale).toBe('fr');
    const [line] = log.report as { text: string }[];
    expect(line?.text).toMatch(/^Le 3 mars 2025, .* a reçu vos données : /);
  });
});
