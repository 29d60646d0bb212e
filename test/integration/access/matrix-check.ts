/*
 * One cell of the authorization matrix: a request, what the oracle expects, and how the answer is
 * read. Requests are built so that an allowed one passes every access check and then stops short
 * of changing anything: a stale version (409), data the forms engine refuses (422), a protocol or
 * user that does not exist (400/422). A refusal is 403 or, where ids must reveal nothing, 404.
 */
import type { MatrixActor, MatrixCase, MatrixWorld } from './matrix-world-types.js';

/** A version no record has: writes that get this far are refused as stale, changing nothing. */
export const STALE = 99_999;
/** A well-formed id nobody has. */
export const NOBODY = '00000000-0000-7000-8000-000000000000';

export type Check = {
  /** The operation, as `<method> <OpenAPI path>`. */
  readonly op: string;
  /** A form, an action type, a query…: which of the operation's cases this is ('' when one). */
  readonly variant: string;
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
  /** The oracle's answer. */
  readonly allowed: boolean;
  /** A GET: allowed means 200 with the data; other requests only need to get past access. */
  readonly read: boolean;
  /** The statuses that mean "refused": 403 and 404 for a case, a person or a referral; 403 else. */
  readonly refusals: readonly number[];
  /** For lists: which of the world's ids the answer must hold, exactly. */
  readonly listed?: {
    readonly ids: (body: Record<string, unknown>) => string[];
    readonly expected: string[];
  };
};

/** What an answer says: allowed, refused, or something no access decision explains. */
export type Observed = 'allow' | 'deny' | 'error';

export function observe(check: Check, status: number): Observed {
  if (status >= 500 || status === 401) return 'error';
  if (check.refusals.includes(status)) return 'deny';
  if (check.read) return status === 200 ? 'allow' : 'error';
  return 'allow';
}

/** The checks of one operation for one actor, about one case (or none, for site-wide operations). */
export type CheckSource = (world: MatrixWorld, actor: MatrixActor, subject: MatrixCase) => Check[];
export type SiteCheckSource = (world: MatrixWorld, actor: MatrixActor) => Check[];

/** Fills `{siteId}` and the other parameters of an OpenAPI path. */
export function pathOf(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${template}`);
    return encodeURIComponent(value);
  });
}

/** The operation key of a method and OpenAPI path. */
export const opKey = (method: string, path: string): string => `${method} ${path}`;

/** A check of an operation whose path parameters come from `params`. */
export function checkOf(
  method: 'get' | 'post' | 'put' | 'delete',
  template: string,
  params: Readonly<Record<string, string>>,
  spec: Pick<Check, 'allowed' | 'refusals'> &
    Partial<Pick<Check, 'body' | 'variant' | 'listed' | 'read'>> & {
      readonly query?: string;
    },
): Check {
  const { query, ...rest } = spec;
  return {
    op: opKey(method, template),
    variant: spec.variant ?? '',
    method: method.toUpperCase(),
    path: pathOf(template, params) + (query ? `?${query}` : ''),
    read: method === 'get',
    ...rest,
  };
}

/** Refusals of operations on one case, person or referral: forbidden, or not found. */
export const OF_RECORD = [403, 404] as const;
/** Refusals of operations on the whole site: forbidden (the site itself is the actor's). */
export const OF_SITE = [403] as const;
