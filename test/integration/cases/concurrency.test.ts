import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureResolver } from '../../support/fixture-sites.js';
import { type Client, type Platform, startPlatform } from '../../support/platform-harness.js';

const SITE = '/api/sites/fx-site';
let platform: Platform;
let worker: Client;

beforeAll(async () => {
  platform = await startPlatform(['fx-site'], fixtureResolver());
  worker = await platform.signIn('fixture.case_manager');
});
afterAll(() => platform.close());

describe('concurrent writes to one case', () => {
  it('50 parallel submissions at the same version: exactly one wins, the others get 409, nothing is lost', async () => {
    const person = await worker.request('POST', `${SITE}/persons`, {
      data: {
        firstName: 'Par',
        lastName: 'Allel',
        birthDate: '1990-01-01',
        sex: 'f',
        nationalId: '50505050',
      },
      confirmedNew: true,
    });
    const opened = await worker.request('POST', `${SITE}/cases`, {
      personId: (person.body.person as { id: string }).id,
    });
    const { id, version } = (opened.body.case as { case: { id: string; version: number } }).case;
    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        worker.request('POST', `${SITE}/cases/${id}/forms/screening`, {
          data: {
            screenedOn: '2025-01-06',
            severity: i % 2 === 0 ? 'low' : 'high',
            hasDisability: false,
            consent: true,
          },
          version,
        }),
      ),
    );
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const winner = replies.find((r) => r.status === 201);
    if (winner === undefined) throw new Error('no winner');
    const severity = (winner.body.submission as { data: { severity: string } }).data.severity;
    const current = await worker.request('GET', `${SITE}/cases/${id}`);
    expect((current.body.case as { version: number }).version).toBe(version + 1);
    expect((current.body.data as Record<string, { severity: string }>).screening?.severity).toBe(severity);
    const history = (await worker.request('GET', `${SITE}/cases/${id}/history`)).body.items as {
      type: string;
    }[];
    expect(history.map((e) => e.type)).toEqual(['case.open', 'case.submit']);
    const forms = await worker.request('GET', `${SITE}/cases/${id}/forms/screening`);
    expect(forms.body.submissions as unknown[]).toHaveLength(1);
  });
});
