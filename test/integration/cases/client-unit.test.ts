import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_SITES, folderResolver } from '../../../platform/definitions/read-site-folders.js';
import { type Client, type Platform, startPlatform } from '../../support/platform-harness.js';

const SITE = '/api/sites/child-family-cm';
let platform: Platform;
let worker: Client;

beforeAll(async () => {
  platform = await startPlatform(['child-family-cm'], folderResolver([BUILT_IN_SITES]));
  worker = await platform.signIn('child.social_service_worker');
});
afterAll(() => platform.close());

async function register(firstName: string, dateOfBirth: string): Promise<string> {
  const data = { firstName, lastName: 'Kouassi', dateOfBirth, sex: 'female', language: 'fr' };
  const reply = await worker.request('POST', `${SITE}/persons`, { data, confirmedNew: true });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return (reply.body.person as { id: string }).id;
}

describe('client units (households)', () => {
  it('links a relative with a relation the site allows, shows it from both sides, and unlinks', async () => {
    const child = await register('Awa', '2015-03-04');
    const mother = await register('Mariam', '1988-07-01');
    const bad = await worker.request('POST', `${SITE}/persons/${child}/client-unit`, {
      relatedPersonId: mother,
      relation: 'cousin-in-law',
    });
    expect(bad.status).toBe(400);
    expect((bad.body.errors as { pointer: string }[])[0]?.pointer).toBe('/relation');
    const linked = await worker.request('POST', `${SITE}/persons/${child}/client-unit`, {
      relatedPersonId: mother,
      relation: 'parent',
    });
    expect(linked.status).toBe(201);
    expect(linked.body.members).toEqual([
      expect.objectContaining({
        relatedPersonId: mother,
        relation: 'parent',
        inverse: false,
        relatedName: expect.stringContaining('Mariam'),
      }),
    ]);
    const fromMother = await worker.request('GET', `${SITE}/persons/${mother}/client-unit`);
    expect(fromMother.body.members).toEqual([
      expect.objectContaining({ relatedPersonId: child, relation: 'parent', inverse: true }),
    ]);
    const unlinked = await worker.request('DELETE', `${SITE}/persons/${mother}/client-unit/${child}`);
    expect(unlinked.body.members).toEqual([]);
  });

  it('refuses to link a person to themselves', async () => {
    const person = await register('Fatou', '2012-01-01');
    const reply = await worker.request('POST', `${SITE}/persons/${person}/client-unit`, {
      relatedPersonId: person,
      relation: 'sibling',
    });
    expect(reply.status).toBe(400);
  });
});
