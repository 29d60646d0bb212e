/**
 * The KPI API through the whole app: the dashboard, one indicator, the CSV export and match
 * counts; who may read them; an aggregate-only role gets counts and never a person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KpiDashboard, KpiView } from '../../../platform/cases/analytics/kpi-operations.js';
import type { Client, Platform } from '../../support/platform-harness.js';
import { HARNESS_PASSWORD, startPlatform } from '../../support/platform-harness.js';
import { API, buildDataset, kpiResolver, ok, SITE, TEST_INDICATORS } from './kpi-fixture.js';

let platform: Platform;
let lead: Client;
let board: Client;
let worker: Client;
let cases: Record<string, string>;

beforeAll(async () => {
  platform = await startPlatform([SITE], kpiResolver, '2025-03-01T09:00:00Z');
  ({ cases } = await buildDataset(platform));
  lead = await platform.signIn('fixture.lead');
  board = await platform.signIn('fixture.board');
  worker = await platform.signIn('fixture.case_manager');
});
afterAll(() => platform?.close());

const RANGE = 'from=2025-03-01&to=2025-04-30';

describe('the dashboard', () => {
  it('computes every indicator of the site, each per its own period, with names, targets and labelled groups', async () => {
    const body = ok(await lead.request('GET', `${API}/kpis?${RANGE}`)) as unknown as KpiDashboard;
    const ids = Object.keys(platform.bundles.get(SITE)?.indicators ?? {});
    expect(body.indicators.map((i) => i.indicatorId).sort()).toEqual(ids.sort());
    expect(Object.keys(TEST_INDICATORS).every((id) => ids.includes(id))).toBe(true);
    const opened = body.indicators.find((i) => i.indicatorId === 'k-opened') as KpiView;
    expect(opened).toMatchObject({
      name: 'k-opened',
      unit: 'count',
      period: 'month',
      groupBy: ['forms.screening.severity'],
    });
    expect(opened.target).toEqual({ value: 2, direction: 'at_least' });
    const high = opened.cells.find(
      (c) => c.period === null && c.group?.['forms.screening.severity'] === 'high',
    );
    expect(high?.groupLabels).toEqual({ 'forms.screening.severity': 'High' });
    const quarters = body.indicators.find((i) => i.indicatorId === 'k-high-share') as KpiView;
    expect(quarters.periods.map((p) => p.label)).toEqual(['2025-Q1', '2025-Q2']);
  });

  it('uses one period and agency for all when asked, and no breakdown with an empty groupBy', async () => {
    const body = ok(
      await lead.request('GET', `${API}/kpis?${RANGE}&period=week&agency=hub&groupBy=`),
    ) as unknown as KpiDashboard;
    for (const view of body.indicators) {
      expect(view.period).toBe('week');
      expect(view.agency).toBe('hub');
      expect(view.cells.every((c) => c.group === null)).toBe(true);
    }
  });

  it('defaults to recent periods up to today in the site (30 April 2025 in Tashkent)', async () => {
    const view = ok(await lead.request('GET', `${API}/kpis/k-opened`)) as unknown as KpiView;
    expect(view.to).toBe('2025-04-30');
    expect(view.periods).toHaveLength(12);
    expect(view.from).toBe('2024-05-01');
  });
});

describe('one indicator', () => {
  it('breaks down by the asked dimensions, named in the asked language', async () => {
    const view = ok(
      await lead.request(
        'GET',
        `${API}/kpis/k-opened?${RANGE}&groupBy=forms.screening.severity,case.status&locale=fr`,
      ),
    ) as unknown as KpiView;
    const cell = view.cells.find(
      (c) => c.period === '2025-03-01' && c.group?.['forms.screening.severity'] === 'low',
    );
    expect(cell?.groupLabels).toEqual({ 'forms.screening.severity': 'Faible', 'case.status': 'Ouvert' });
    const missing = view.cells.find((c) => c.group !== null && c.group['forms.screening.severity'] === null);
    expect(missing?.groupLabels?.['forms.screening.severity']).toBe('Non renseigné');
  });

  it('refuses what it cannot compute with a pointer to the parameter', async () => {
    for (const [query, pointer] of [
      ['groupBy=case.nope', '/groupBy'],
      ['period=decade', '/period'],
      ['from=2025-05-01&to=2025-04-01', '/from'],
      ['from=2025-02-30', '/from'],
      ['agency=elsewhere', '/agency'],
      ['from=1990-01-01&period=week', '/from'],
    ]) {
      const reply = await lead.request('GET', `${API}/kpis/k-opened?${query}`);
      expect(reply.status, query).toBe(400);
      expect((reply.body.errors as { pointer: string }[])[0]?.pointer).toBe(pointer);
    }
    expect((await lead.request('GET', `${API}/kpis/no-such-indicator`)).status).toBe(404);
  });
});

describe('access', () => {
  it('is 403 for a role without kpi.read, for every KPI route and the match count', async () => {
    for (const path of ['/kpis', '/kpis/k-opened'])
      expect((await worker.request('GET', `${API}${path}`)).status, path).toBe(403);
    expect((await csvOf('fixture.case_manager', RANGE)).status).toBe(403);
    expect((await worker.request('POST', `${API}/match-count`, { ruleId: 'eligible' })).status).toBe(403);
  });

  it('gives an aggregate-only role counts and never a person: no names, identifiers or record ids', async () => {
    const reply = await board.request('GET', `${API}/kpis?${RANGE}`);
    const csv = await csvOf('fixture.board', RANGE);
    expect([reply.status, csv.status]).toEqual([200, 200]);
    const text = JSON.stringify(reply.body) + (await csv.text());
    for (const secret of [
      'Aziza',
      'Bobur',
      'Dilnoza',
      'Eldor',
      'Feruza',
      '10000001',
      ...Object.values(cases),
    ])
      expect(text, secret).not.toContain(secret);
    const byName = await board.request('GET', `${API}/kpis/k-opened?groupBy=person.firstName`);
    expect(byName.status).toBe(403);
    // Roles that see cases may break down by any of the indicator's dimensions.
    const named = ok(await lead.request('GET', `${API}/kpis/k-opened?${RANGE}&groupBy=person.firstName`));
    expect(JSON.stringify(named)).toContain('Aziza');
  });
});

describe('CSV export', () => {
  it('has one row per indicator × period × group, with headings and names in the asked language', async () => {
    const dashboard = ok(
      await lead.request('GET', `${API}/kpis?${RANGE}&locale=fr`),
    ) as unknown as KpiDashboard;
    const response = await csvOf('fixture.lead', `${RANGE}&locale=fr`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain('kpis-fx-site-2025-04-30.csv');
    const lines = (await response.text())
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]?.split(',').slice(0, 3)).toEqual(['Identifiant', 'Indicateur', 'Période']);
    const cells = dashboard.indicators.reduce((n, v) => n + v.cells.length, 0);
    expect(lines).toHaveLength(cells + 1);
    expect(lines).toContain('k-opened,k-opened,2025-03,2025-03-01,2025-03-31,Tous,2,count,2,,,2,Oui');
    expect(
      lines.some(
        (l) => l.startsWith('k-opened,k-opened,Toute la période,') && l.includes('Severity: Élevée'),
      ),
    ).toBe(true);
  });
});

describe('match count', () => {
  it('counts persons or cases for the rule editor, for roles that read definitions', async () => {
    const logic = { '===': [{ var: 'person.sex' }, 'f'] };
    expect(ok(await board.request('POST', `${API}/match-count`, { logic, subject: 'person' }))).toMatchObject(
      {
        subject: 'person',
        matched: 3,
        total: 5,
        engine: 'sql',
      },
    );
    expect(ok(await lead.request('POST', `${API}/match-count`, { ruleId: 'eligible' }))).toMatchObject({
      subject: 'case',
      matched: 2,
      total: 4,
    });
    expect((await lead.request('POST', `${API}/match-count`, { ruleId: 'nope' })).status).toBe(400);
    expect((await lead.request('POST', `${API}/match-count`, {})).status).toBe(400);
    expect((await lead.request('POST', `${API}/match-count`, { logic, subject: 'household' })).status).toBe(
      400,
    );
  });
});

/** The CSV export as `username` sees it (the harness client reads JSON bodies only). */
async function csvOf(username: string, query: string): Promise<Response> {
  const login = await platform.app.request('http://pathway.test/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.0.0.2' },
    body: JSON.stringify({ username, password: HARNESS_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return platform.app.request(`http://pathway.test${API}/kpis.csv?${query}`, { headers: { cookie } });
}
