/*
 * Shared set-up of the referral integration tests (imported by `*.test.ts` only): the platform
 * with the real example sites and the fixture sites, and small helpers over the API.
 */
import { expect } from 'vitest';
import { BUILT_IN_SITES, folderResolver } from '../../../platform/definitions/read-site-folders.js';
import type { SiteResolver } from '../../../platform/definitions/site-source.js';
import { fixtureResolver } from '../../support/fixture-sites.js';
import { type Client, type Platform, type Reply, startPlatform } from '../../support/platform-harness.js';

/** The example sites of `definitions/sites`, then the fixture sites. */
export const sitesResolver: SiteResolver = (() => {
  const real = folderResolver([BUILT_IN_SITES]);
  const fixtures = fixtureResolver();
  return (id) => real(id) ?? fixtures(id);
})();

/** The platform with the given sites; Monday 3 March 2025, 09:00 UTC. */
export function startReferralPlatform(sites: readonly string[]): Promise<Platform> {
  return startPlatform(sites, sitesResolver, '2025-03-03T09:00:00Z');
}

/** The reply's body, after checking its status (the body is shown when it differs). */
export function ok(reply: Reply, status = 200): Record<string, unknown> {
  expect(reply.status, JSON.stringify(reply.body, null, 1).slice(0, 3000)).toBe(status);
  return reply.body;
}

export type View = {
  side: 'sender' | 'receiver';
  version: number;
  referral: {
    id: string;
    status: string;
    caseId?: string;
    history: { event: string; to: string }[];
  } & Record<string, unknown>;
  shared: { fields: { form: string; path: string; value: unknown }[]; data: Record<string, unknown> } | null;
  current: unknown;
  forms: Record<string, { data: Record<string, unknown> }>;
};

/** A case opened by `worker` at `site` for a newly registered person, with the case's forms submitted. */
export async function openCaseWith(
  worker: Client,
  site: string,
  registration: Record<string, unknown>,
  forms: readonly (readonly [string, Record<string, unknown>])[],
): Promise<{ personId: string; caseId: string; version: number }> {
  const base = `/api/sites/${site}`;
  const person = ok(
    await worker.request('POST', `${base}/persons`, { data: registration, confirmedNew: true }),
    201,
  );
  const personId = (person.person as { id: string }).id;
  const opened = ok(await worker.request('POST', `${base}/cases`, { personId }), 201);
  let view = opened.case as { case: { id: string; version: number } };
  for (const [formId, data] of forms) {
    const path = `${base}/cases/${view.case.id}/forms/${formId}`;
    const reply = ok(await worker.request('POST', path, { data, version: view.case.version }), 201);
    view = reply.case as typeof view;
  }
  return { personId, caseId: view.case.id, version: view.case.version };
}

/** The driver of one referral through the API: it keeps the version it last saw. */
export type ReferralDriver = {
  readonly id: string;
  version: number;
  act(client: Client, body: Record<string, unknown>, status?: number): Promise<Record<string, unknown>>;
  fill(client: Client, formId: string, data: Record<string, unknown>): Promise<View>;
  view(client: Client, query?: string): Promise<View>;
};

/** Starts a referral of a case as `sender` and returns its driver. */
export async function startReferral(
  sender: Client,
  site: string,
  caseId: string,
  body: Record<string, unknown>,
): Promise<ReferralDriver> {
  const base = `/api/sites/${site}/referrals`;
  const created = ok(await sender.request('POST', `/api/sites/${site}/cases/${caseId}/referrals`, body), 201);
  const first = created.referral as View;
  const d: ReferralDriver = {
    id: first.referral.id,
    version: first.version,
    async act(client, action, status = 200) {
      const reply = await client.request('POST', `${base}/${d.id}/actions`, {
        ...action,
        version: d.version,
      });
      const out = ok(reply, status);
      if (status === 200) d.version = (out.referral as View).version;
      return out;
    },
    async fill(client, formId, data) {
      const reply = await client.request('POST', `${base}/${d.id}/forms/${formId}`, {
        data,
        version: d.version,
      });
      const view = ok(reply, 201).referral as View;
      d.version = view.version;
      return view;
    },
    async view(client, query = '') {
      return ok(await client.request('GET', `${base}/${d.id}${query}`)) as unknown as View;
    },
  };
  return d;
}

/** Asserts that none of `secrets` appears anywhere in a payload. */
export function expectNoneOf(payload: unknown, secrets: readonly string[]): void {
  const text = JSON.stringify(payload);
  for (const secret of secrets) expect(text, `payload leaks ${secret}`).not.toContain(secret);
}

/** Event types of a case's history. */
export async function historyTypes(client: Client, site: string, caseId: string): Promise<string[]> {
  const reply = ok(await client.request('GET', `/api/sites/${site}/cases/${caseId}/history?limit=200`));
  return (reply.items as { type: string }[]).map((e) => e.type);
}
