/*
 * Two properties of the matrix spelled out on the answers themselves: what a referral's receiver
 * reads of a referred client (the protocol's shared fields, nothing else), and that roles with
 * counts only are refused every person and case read.
 */
import { expect } from 'vitest';
import { ok } from '../referrals/referral-kit.js';
import { aggregateOnly, receives, seesCase } from './access-oracle.js';
import type { MatrixCase, MatrixWorld } from './matrix-world-types.js';
import { forbiddenValues, leaksIn, sharedValues, stringLeaves } from './payload-leaks.js';
import type { MatrixReport, MatrixResult } from './run-matrix.js';

/** The leaf paths of a form's data as a protocol names fields: `da.group`, `clientUnit[].name`. */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => leafPaths(v, `${prefix}[]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix === '' ? k : `${prefix}.${k}`));
  return [prefix];
}

/** Paths of `shared.data` (and `shared.fields`) the protocol does not list. */
function unlistedPaths(world: MatrixWorld, c: MatrixCase, shared: unknown): string[] {
  const protocol = c.referral ? world.bundle.referrals[c.referral.protocolId] : undefined;
  const listed = (protocol?.shared ?? []).flatMap((s) => s.fields.map((f) => `${s.form}/${f}`));
  const covered = (key: string) =>
    listed.some((l) => key === l || key.startsWith(`${l}.`) || key.startsWith(`${l}[]`));
  const view = (shared ?? { fields: [], data: {} }) as {
    fields: { form: string; path: string }[];
    data: Record<string, unknown>;
  };
  const keys = [
    ...view.fields.map((f) => `${f.form}/${f.path}`),
    ...Object.entries(view.data).flatMap(([form, data]) => leafPaths(data).map((p) => `${form}/${p}`)),
  ];
  return keys.filter((k) => !covered(k));
}

/**
 * For every receiving user and every case referred to their agency: the referral (with the current
 * data while it runs), its letter and the inbox hold the shared fields' values and no other value
 * of the client, and the snapshot's fields are the protocol's. Returns how many views were checked.
 */
export async function expectReceiversSeeSharedFieldsOnly(world: MatrixWorld): Promise<number> {
  const api = `/api/sites/${world.site.siteId}`;
  let checked = 0;
  for (const actor of world.actors) {
    const forbidden = forbiddenValues(world, actor);
    for (const c of world.cases) {
      if (c.referral === null || !receives(actor, c) || seesCase(actor, c)) continue;
      const query = c.referral.fate === 'active' ? '?current=true' : '';
      const view = ok(await actor.client.request('GET', `${api}/referrals/${c.referral.id}${query}`));
      const letter = ok(await actor.client.request('GET', `${api}/referrals/${c.referral.id}/letter`));
      const inbox = ok(await actor.client.request('GET', `${api}/referrals?box=incoming&limit=200`));
      const where = `${actor.username} on ${c.key}`;
      for (const body of [view, letter, inbox]) expect(leaksIn(body, forbidden), where).toEqual([]);
      expect(unlistedPaths(world, c, view.shared), where).toEqual([]);
      if (query !== '') expect(unlistedPaths(world, c, view.current), where).toEqual([]);
      const shown = new Set(stringLeaves(view));
      expect(sharedValues(world, c).filter((v) => shown.has(v)).length, where).toBeGreaterThan(0);
      checked += 1;
    }
  }
  return checked;
}

const CASE_WORK_LISTS = ['/cases', '/persons', '/referrals', '/work/tasks', '/work/caseload'];
const KPI_READS = ['/kpis', '/kpis.csv', '/kpis/{indicatorId}'];

/** The answers aggregate-only users got to person and case reads, and to the KPI reads. */
export function aggregateOnlyAnswers(
  world: MatrixWorld,
  report: MatrixReport,
): { refused: MatrixResult[]; kpis: MatrixResult[] } {
  const names = new Set(world.actors.filter(aggregateOnly).map((a) => a.username));
  const mine = report.results.filter((r) => names.has(r.actor) && r.check.method === 'GET');
  const path = (r: MatrixResult) => r.check.op.replace(/^get \/api\/sites\/\{siteId\}/, '');
  return {
    refused: mine.filter((r) => r.relationship !== 'the site' || CASE_WORK_LISTS.includes(path(r))),
    kpis: mine.filter((r) => KPI_READS.includes(path(r))),
  };
}
