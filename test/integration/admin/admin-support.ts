import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { folderResolver } from '../../../platform/definitions/read-site-folders.js';
import type { SiteResolver } from '../../../platform/definitions/site-source.js';
import type { Client, Platform, Reply } from '../../support/platform-harness.js';

/** The authoring fixtures: the template `fx-authoring-base` and the site `fx-authoring` extending it. */
export const AUTHORING_SITES = fileURLToPath(new URL('../../fixtures/authoring', import.meta.url));

export const SITE = '/api/sites/fx-authoring';
export const ADMIN = `${SITE}/admin`;

/** The authoring fixture sites, read from their folders as `npm start` reads sites. */
export function authoringResolver(): SiteResolver {
  return folderResolver([AUTHORING_SITES]);
}

/** Expects a status, showing the body when it differs. */
export function expectStatus(reply: Reply, status: number): Reply {
  expect(reply.status, JSON.stringify(reply.body, null, 1).slice(0, 2000)).toBe(status);
  return reply;
}

/** A deep copy of a published definition, to edit as a draft. */
export async function published(client: Client, kind: string, id: string): Promise<Record<string, unknown>> {
  const reply = expectStatus(await client.request('GET', `${ADMIN}/definitions/${kind}/${id}`), 200);
  return structuredClone(reply.body.published as Record<string, unknown>);
}

/** Saves a draft; `version` of the draft being replaced, absent for a new draft. */
export async function saveDraft(
  client: Client,
  kind: string,
  id: string,
  json: unknown,
  version?: number,
): Promise<Reply> {
  return client.request('PUT', `${ADMIN}/definitions/${kind}/${id}`, {
    json,
    ...(version === undefined ? {} : { version }),
  });
}

type CaseView = { case: { id: string; version: number; stage: string; definitionVersionId: string } };

/** Registers a client and opens a case for them, as a case manager does. */
export async function openCase(worker: Client, firstName: string, site = SITE): Promise<CaseView['case']> {
  const person = expectStatus(
    await worker.request('POST', `${site}/persons`, {
      data: { firstName, lastName: 'Test', birthDate: '1990-04-12' },
      confirmedNew: true,
    }),
    201,
  );
  const opened = expectStatus(
    await worker.request('POST', `${site}/cases`, { personId: (person.body.person as { id: string }).id }),
    201,
  );
  return (opened.body.case as CaseView).case;
}

/** Applies a case action (advance, close …) at the case's current version. */
export async function act(
  worker: Client,
  c: { id: string; version: number },
  action: object,
): Promise<CaseView['case']> {
  const reply = expectStatus(
    await worker.request('POST', `${SITE}/cases/${c.id}/actions`, { ...action, version: c.version }),
    200,
  );
  return (reply.body.case as CaseView).case;
}

/** Submits a case form at the case's current version. */
export async function submit(
  worker: Client,
  c: { id: string; version: number },
  formId: string,
  data: object,
): Promise<CaseView['case']> {
  const reply = expectStatus(
    await worker.request('POST', `${SITE}/cases/${c.id}/forms/${formId}`, { data, version: c.version }),
    201,
  );
  return (reply.body.case as CaseView).case;
}

/** Polls a migration run until it is no longer running (the progress bar's loop). */
export async function finished(client: Client, migrationId: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 200; i++) {
    const reply = expectStatus(await client.request('GET', `${ADMIN}/migrations/${migrationId}`), 200);
    const migration = reply.body.migration as Record<string, unknown>;
    if (migration.status !== 'running') return migration;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the migration did not finish');
}

export type { Client, Platform };
