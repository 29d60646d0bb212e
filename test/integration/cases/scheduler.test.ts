import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepDueCases } from '../../../platform/cases/scheduler-sweep.js';
import { openDatabase } from '../../../platform/storage/database.js';
import { createSiteRegistry } from '../../../platform/storage/site-versions.js';
import { createCaseStore } from '../../../platform/storage/store/create-case-store.js';
import { fixtureResolver } from '../../support/fixture-sites.js';
import { type Client, type Platform, startPlatform } from '../../support/platform-harness.js';

const SITE = '/api/sites/fx-site';
let platform: Platform;
let worker: Client;
let supervisor: Client;

beforeAll(async () => {
  platform = await startPlatform(['fx-site'], fixtureResolver());
  worker = await platform.signIn('fixture.case_manager');
  supervisor = await platform.signIn('fixture.supervisor');
});
afterAll(() => platform.close());

type View = {
  case: { id: string; version: number; stage: string };
  state: { tasks: { defId: string; status: string; overdue: boolean }[] };
};

/** Drives a new case through screening, assessment and an approved plan into implementation. */
async function caseInImplementation(nationalId: string): Promise<View> {
  const person = await worker.request('POST', `${SITE}/persons`, {
    data: { firstName: 'Ravshan', lastName: `Q${nationalId}`, birthDate: '1988-08-08', sex: 'm', nationalId },
    confirmedNew: true,
  });
  let view = (
    await worker.request('POST', `${SITE}/cases`, { personId: (person.body.person as { id: string }).id })
  ).body.case as View;
  const act = async (client: Client, body: Record<string, unknown>) => {
    const reply = await client.request('POST', `${SITE}/cases/${view.case.id}/actions`, {
      ...body,
      version: view.case.version,
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    view = reply.body.case as View;
  };
  const submit = async (formId: string, data: Record<string, unknown>) => {
    const reply = await worker.request('POST', `${SITE}/cases/${view.case.id}/forms/${formId}`, {
      data,
      version: view.case.version,
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    view = reply.body.case as View;
  };
  await submit('screening', {
    screenedOn: '2025-01-06',
    severity: 'low',
    hasDisability: true,
    disabilityGroup: 'II',
    consent: true,
  });
  await act(worker, { type: 'advance', to: 'assessment' });
  await act(worker, { type: 'advance', to: 'planning' });
  await submit('plan', { steps: [{ action: 'Job club', status: 'planned' }] });
  await act(worker, { type: 'request_approval', approval: 'plan-approval' });
  await act(supervisor, { type: 'approve', approval: 'plan-approval' });
  await act(worker, { type: 'advance', to: 'implementation' });
  return view;
}

describe('the scheduler', () => {
  it('creates a due review exactly once even when two scheduler loops sweep at the same time', async () => {
    const views = await Promise.all(['90000001', '90000002', '90000003'].map(caseInImplementation));
    expect(views.map((v) => v.case.stage)).toEqual(['implementation', 'implementation', 'implementation']);
    platform.clock.advance(29 * 86_400_000);
    // A second connection pool stands for a second server process (on PostgreSQL a truly
    // concurrent one; PGlite has one connection, so there the sweeps serialise).
    const second = platform.db.databaseUrl
      ? await openDatabase({ databaseUrl: platform.db.databaseUrl })
      : undefined;
    const other = second
      ? { store: createCaseStore(second.db), registry: createSiteRegistry(second.db), clock: platform.clock }
      : platform.deps;
    const [a, b] = await Promise.all([sweepDueCases(platform.deps), sweepDueCases(other)]);
    await second?.close();
    // Sessions expire when idle for 12 hours: four weeks later the worker signs in again.
    worker = await platform.signIn('fixture.case_manager');
    expect(a.failed + b.failed).toBe(0);
    expect(a.claimed + b.claimed).toBe(3);
    for (const view of views) {
      const after = (await worker.request('GET', `${SITE}/cases/${view.case.id}`)).body as View;
      expect(after.state.tasks.filter((t) => t.defId === 'review' && t.status === 'open')).toHaveLength(1);
      const history = (await worker.request('GET', `${SITE}/cases/${view.case.id}/history`)).body.items as {
        type: string;
      }[];
      expect(history.filter((e) => e.type === 'case.scheduled')).toHaveLength(1);
    }
    expect((await sweepDueCases(platform.deps)).changed).toBe(0);
  });

  it('marks tasks overdue when their deadline passes, once', async () => {
    const person = await worker.request('POST', `${SITE}/persons`, {
      data: {
        firstName: 'Sabina',
        lastName: 'Late',
        birthDate: '1990-01-01',
        sex: 'f',
        nationalId: '90000009',
      },
      confirmedNew: true,
    });
    const view = (
      await worker.request('POST', `${SITE}/cases`, { personId: (person.body.person as { id: string }).id })
    ).body.case as View;
    platform.clock.advance(10 * 86_400_000);
    await sweepDueCases(platform.deps);
    await sweepDueCases(platform.deps);
    worker = await platform.signIn('fixture.case_manager');
    const after = (await worker.request('GET', `${SITE}/cases/${view.case.id}`)).body as View;
    expect(after.state.tasks.find((t) => t.defId === 'screen')?.overdue).toBe(true);
    const tasks = (await worker.request('GET', `${SITE}/work/tasks`)).body.items as {
      caseId: string;
      overdue: boolean;
    }[];
    expect(tasks.find((t) => t.caseId === view.case.id)?.overdue).toBe(true);
  });
});
