import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, TEST_SCRYPT_PARAMS } from '../../../platform/http/auth/password-hash.js';
import { createMembership, createUser } from '../../../platform/storage/accounts.js';
import { fixtureResolver } from '../../support/fixture-sites.js';
import {
  type Client,
  HARNESS_PASSWORD,
  type Platform,
  startPlatform,
} from '../../support/platform-harness.js';

const SITE = '/api/sites/fx-site';
let platform: Platform;
let worker: Client;
let colleague: Client;
let supervisor: Client;

beforeAll(async () => {
  platform = await startPlatform(['fx-site'], fixtureResolver());
  const user = await createUser(platform.db.db, {
    username: 'fixture.second_worker',
    displayName: 'Second worker',
    passwordHash: await hashPassword(HARNESS_PASSWORD, TEST_SCRYPT_PARAMS),
    active: true,
  });
  await createMembership(platform.db.db, {
    userId: user.id,
    siteId: 'fx-site',
    partnerId: 'hub',
    roleId: 'case_manager',
  });
  worker = await platform.signIn('fixture.case_manager');
  colleague = await platform.signIn('fixture.second_worker');
  supervisor = await platform.signIn('fixture.supervisor');
});
afterAll(() => platform.close());

describe('who finds which clients', () => {
  it("a caseworker finds their own clients, not a colleague's; the supervisor finds the agency's", async () => {
    const mine = await worker.request('POST', `${SITE}/persons`, {
      data: {
        firstName: 'Olim',
        lastName: 'Mine',
        birthDate: '1990-01-01',
        sex: 'm',
        nationalId: '70000001',
      },
    });
    const theirs = await colleague.request('POST', `${SITE}/persons`, {
      data: {
        firstName: 'Olim',
        lastName: 'Theirs',
        birthDate: '1991-01-01',
        sex: 'm',
        nationalId: '70000002',
      },
    });
    const mineId = (mine.body.person as { id: string }).id;
    const theirsId = (theirs.body.person as { id: string }).id;
    const names = async (client: Client) =>
      ((await client.request('GET', `${SITE}/persons?q=Olim`)).body.items as { displayName: string }[])
        .map((p) => p.displayName)
        .sort();
    expect(await names(worker)).toEqual(['Olim Mine']);
    expect(await names(colleague)).toEqual(['Olim Theirs']);
    expect(await names(supervisor)).toEqual(['Olim Mine', 'Olim Theirs']);
    expect((await worker.request('GET', `${SITE}/persons/${theirsId}`)).status).toBe(404);
    expect((await worker.request('GET', `${SITE}/persons/${mineId}`)).status).toBe(200);
  });

  it('a colleague added to the case team then finds the client', async () => {
    const person = await worker.request('POST', `${SITE}/persons`, {
      data: {
        firstName: 'Shared',
        lastName: 'Client',
        birthDate: '1992-02-02',
        sex: 'f',
        nationalId: '70000003',
      },
    });
    const personId = (person.body.person as { id: string }).id;
    expect((await colleague.request('GET', `${SITE}/persons/${personId}`)).status).toBe(404);
    const opened = await worker.request('POST', `${SITE}/cases`, { personId });
    const caseId = (opened.body.case as { case: { id: string } }).case.id;
    const members = (await supervisor.request('GET', `${SITE}/work/colleagues`)).body.members as {
      userId: string;
      displayName: string;
    }[];
    const second = members.find((m) => m.displayName === 'Second worker');
    expect(
      (
        await supervisor.request('POST', `${SITE}/cases/${caseId}/team`, {
          userId: second?.userId,
          roleId: 'case_manager',
        })
      ).status,
    ).toBe(201);
    expect((await colleague.request('GET', `${SITE}/persons/${personId}`)).status).toBe(200);
  });

  it('duplicate checks still look across the whole site', async () => {
    const again = await colleague.request('POST', `${SITE}/persons`, {
      data: {
        firstName: 'Olim',
        lastName: 'Mine',
        birthDate: '1990-01-01',
        sex: 'm',
        nationalId: '70000001',
      },
    });
    expect(again.status).toBe(409);
  });
});
