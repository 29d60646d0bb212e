import { DEMO_PASSWORD } from './platform.js';

/**
 * A signed-in user talking to the real API over HTTP, for setting up what a journey needs but
 * is not about (many cases on one worker's desk). Same cookie, CSRF token and origin as the UI.
 */
export class ApiSession {
  private constructor(
    private readonly base: string,
    private readonly cookie: string,
    private readonly csrf: string,
  ) {}

  static async signIn(base: string, username: string): Promise<ApiSession> {
    const response = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (!response.ok) throw new Error(`sign-in of ${username} failed: ${response.status}`);
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    return new ApiSession(base, cookie, csrfToken);
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        origin: this.base,
        'x-csrf-token': this.csrf,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }
}

/** A form of a case and its answers, submitted in order. */
export type CaseForm = readonly [formId: string, data: Record<string, unknown>];

/**
 * Registers a client and opens their case through the API, then submits `forms` in order: the
 * set-up of journeys that are about what happens next. Returns the ids and the case's version.
 */
export async function openCaseThroughApi(
  session: ApiSession,
  site: string,
  registration: Record<string, unknown>,
  forms: readonly CaseForm[] = [],
): Promise<{ personId: string; caseId: string; version: number }> {
  const api = `/api/sites/${site}`;
  const { person } = await session.call<{ person: { id: string } }>('POST', `${api}/persons`, {
    data: registration,
    confirmedNew: true,
  });
  type View = { case: { id: string; version: number } };
  let view = (await session.call<{ case: View }>('POST', `${api}/cases`, { personId: person.id })).case;
  for (const [formId, data] of forms)
    view = (
      await session.call<{ case: View }>('POST', `${api}/cases/${view.case.id}/forms/${formId}`, {
        data,
        version: view.case.version,
      })
    ).case;
  return { personId: person.id, caseId: view.case.id, version: view.case.version };
}
