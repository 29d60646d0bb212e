import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../../platform/http/create-app.js';
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

describe('bad input gets a clear problem document', () => {
  it.each([
    { name: 'malformed JSON → 400', body: '{"data": {', headers: {}, status: 400, code: 'bad_request' },
    {
      name: 'not JSON → 415',
      body: 'data=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      status: 415,
      code: 'unsupported_media_type',
    },
    { name: 'a JSON array → 400', body: '[1]', headers: {}, status: 400, code: 'bad_request' },
    {
      name: 'a body over the limit → 413',
      body: JSON.stringify({ data: { firstName: 'x'.repeat(MAX_BODY_BYTES) } }),
      headers: {},
      status: 413,
      code: 'payload_too_large',
    },
  ])('$name', async ({ body, headers, status, code }) => {
    const reply = await worker.request('POST', `${SITE}/persons`, body, {
      'content-type': 'application/json',
      ...headers,
    });
    expect(reply.status).toBe(status);
    expect(reply.headers.get('content-type')).toContain('application/problem+json');
    expect(reply.body).toMatchObject({ status, code });
    expect(JSON.stringify(reply.body)).not.toMatch(/at \w+ \(|node_modules/);
  });

  it('unknown routes are 404 problems', async () => {
    const reply = await worker.request('GET', '/api/nothing-here');
    expect(reply.status).toBe(404);
    expect(reply.body.code).toBe('not_found');
  });

  it('an unknown action names the allowed ones with a pointer', async () => {
    const reply = await worker.request('POST', `${SITE}/cases/01a20000-0000-7000-8000-000000000000/actions`, {
      type: 'teleport',
      version: 1,
    });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([expect.objectContaining({ pointer: '/type' })]);
  });

  it('anonymous calls are 401', async () => {
    const response = await platform.app.request('http://pathway.test/api/sites/fx-site/cases');
    expect(response.status).toBe(401);
  });
});
