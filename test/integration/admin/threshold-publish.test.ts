import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthoringStore } from '../../../platform/storage/authoring/create-authoring-store.js';
import { startPlatform } from '../../support/platform-harness.js';
import {
  ADMIN,
  act,
  authoringResolver,
  type Client,
  expectStatus,
  openCase,
  type Platform,
  published,
  SITE,
  saveDraft,
  submit,
} from './admin-support.js';

let platform: Platform;
let board: Client;

beforeAll(async () => {
  platform = await startPlatform(['fx-authoring'], authoringResolver());
  board = await platform.signIn('authoring.board_member');
});
afterAll(() => platform.close());

type Rule = {
  logic: { and: [unknown, { '<=': [unknown, number] }] };
  tests: { name: string; facts: Record<string, unknown> }[];
};

describe('a board member changes an eligibility threshold', () => {
  it('sees the rule test fail, fixes the test and publishes', async () => {
    const rule = (await published(board, 'rule', 'eligible')) as unknown as Rule;
    rule.logic.and[1]['<='][1] = 400;
    const saved = expectStatus(await saveDraft(board, 'rule', 'eligible', rule), 200);
    expect((saved.body.draft as { version: number }).version).toBe(1);

    const check = expectStatus(await board.request('POST', `${ADMIN}/check`), 200).body;
    expect(check).toMatchObject({ ok: true, changed: true, drafts: 1, problems: [] });
    const tests = expectStatus(await board.request('POST', `${ADMIN}/test`), 200).body;
    expect(tests.ok).toBe(false);
    // The test of the old threshold now fails, and nothing shows the lower bound holding any more.
    expect(tests.failures).toEqual([
      expect.objectContaining({
        kind: 'rule',
        definitionId: 'eligible',
        message: expect.stringContaining('earning 450'),
      }),
      expect.objectContaining({ kind: 'rule', message: 'and (/logic) is never true in the tests' }),
      expect.objectContaining({ kind: 'rule', message: '<= (/logic/and/1) is never true in the tests' }),
    ]);
    const refused = expectStatus(await board.request('POST', `${ADMIN}/publish`, { note: 'stricter' }), 422);
    expect(refused.body.code).toBe('definitions_invalid');
    expect(refused.body.failures).toHaveLength(3);

    const [first] = rule.tests;
    if (first === undefined) throw new Error('fixture rule without tests');
    first.name = 'adult earning 350 a month is eligible';
    (first.facts.forms as { assessment: { monthly_income: number } }).assessment.monthly_income = 350;
    expectStatus(await saveDraft(board, 'rule', 'eligible', rule, 1), 200);
    const fixed = expectStatus(await board.request('POST', `${ADMIN}/test`), 200).body;
    expect(fixed.ok).toBe(true);
    const report = fixed.report as { rules: { ruleId: string; coverage: { missing: unknown[] } }[] };
    expect(report.rules.find((r) => r.ruleId === 'eligible')?.coverage.missing).toEqual([]);

    const diff = expectStatus(await board.request('GET', `${ADMIN}/diff`), 200).body;
    expect((diff.changes as { code: string }[]).map((c) => c.code)).toEqual([
      'logic_changed',
      'tests_changed',
    ]);

    const publication = expectStatus(
      await board.request('POST', `${ADMIN}/publish`, { note: 'stricter' }),
      201,
    );
    expect(publication.body.published).toMatchObject({ version: 2, created: true });
    const list = expectStatus(await board.request('GET', `${ADMIN}/definitions`), 200).body;
    expect(list.version).toBe(2);
    expect((list.items as { status: string }[]).every((i) => i.status === 'published')).toBe(true);
    const site = expectStatus(await board.request('GET', `${SITE}/definitions`), 200).body;
    const live = (site.bundle as { rules: Record<string, Rule> }).rules.eligible;
    expect(live?.logic.and[1]['<='][1]).toBe(400);
  });

  it('explains the rule on given facts with the rule simulator', async () => {
    const reply = expectStatus(
      await board.request('POST', `${ADMIN}/simulate`, {
        ruleId: 'eligible',
        facts: { person: { birthDate: '1990-01-01' }, forms: { assessment: { monthly_income: 450 } } },
      }),
      200,
    ).body;
    expect(reply.value).toBe(false);
    const lines = reply.lines as { text: string; passed?: boolean }[];
    expect(lines.some((l) => l.text.includes('Monthly income') && l.passed === false)).toBe(true);
  });

  it('explains the rule on a real case for those who may see the case', async () => {
    const worker = await platform.signIn('authoring.case_manager');
    let c = await act(worker, await openCase(worker, 'Dilnoza'), { type: 'advance', to: 'assessment' });
    c = await submit(worker, c, 'assessment', { assessedOn: '2025-01-06', monthly_income: 200 });
    const supervisor = await platform.signIn('authoring.supervisor');
    const reply = expectStatus(
      await supervisor.request('POST', `${ADMIN}/simulate`, { ruleId: 'eligible', caseId: c.id }),
      200,
    ).body;
    expect(reply).toMatchObject({ value: true, definitions: 'active' });
    expect(reply.facts).toMatchObject({
      case: { stage: 'assessment' },
      forms: { assessment: { monthly_income: 200 } },
    });
    // Board members see counts, never persons: a case is not theirs to look into, and they are told
    // to enter facts instead — whether the case exists or not.
    for (const caseId of [c.id, 'no-such-case']) {
      const refused = expectStatus(
        await board.request('POST', `${ADMIN}/simulate`, { ruleId: 'eligible', caseId }),
        403,
      ).body;
      expect(refused).toMatchObject({
        code: 'forbidden',
        detail: expect.stringContaining('enter the facts'),
      });
      expect(refused.errors).toEqual([expect.objectContaining({ pointer: '/caseId', code: 'case_access' })]);
      expect(refused).not.toHaveProperty('facts');
    }
  });
});

describe('publishing is refused while problems remain', () => {
  it('lists checker problems with the definition and pointer, and refuses to publish', async () => {
    const form = await published(board, 'form', 'plan');
    const status = (
      form.fields as { properties: { steps: { items: { properties: { status: { options: unknown } } } } } }
    ).properties.steps.items.properties.status;
    status.options = { lookup: 'no-such-lookup' };
    expectStatus(await saveDraft(board, 'form', 'plan', form), 200);
    const check = expectStatus(await board.request('POST', `${ADMIN}/check`), 200).body;
    expect(check.ok).toBe(false);
    expect(check.problems).toContainEqual(
      expect.objectContaining({
        kind: 'form',
        definitionId: 'plan',
        code: 'unknown-reference',
        pointer: '/fields/properties/steps/items/properties/status/options/lookup',
      }),
    );
    const refused = expectStatus(await board.request('POST', `${ADMIN}/publish`, {}), 422);
    expect((refused.body.problems as unknown[]).length).toBeGreaterThan(0);
    expectStatus(await board.request('DELETE', `${ADMIN}/definitions/form/plan`), 204);
    const after = expectStatus(await board.request('POST', `${ADMIN}/check`), 200).body;
    expect(after).toMatchObject({ ok: true, changed: false, drafts: 0 });
  });
});

describe('drafts are version-checked', () => {
  it('refuses a save based on a stale draft version, and a second new draft, with 409', async () => {
    const lookup = await published(board, 'lookup', 'closure-reasons');
    const created = expectStatus(await saveDraft(board, 'lookup', 'closure-reasons', lookup), 200);
    expect(created.headers.get('etag')).toBe('"1"');
    expectStatus(
      await saveDraft(board, 'lookup', 'closure-reasons', { ...lookup, name: { en: 'Reasons' } }, 1),
      200,
    );
    const stale = expectStatus(await saveDraft(board, 'lookup', 'closure-reasons', lookup, 1), 409);
    expect(stale.body).toMatchObject({ code: 'stale_version', currentVersion: 2 });
    expectStatus(await saveDraft(board, 'lookup', 'closure-reasons', lookup), 409);
    const read = expectStatus(await board.request('GET', `${ADMIN}/definitions/lookup/closure-reasons`), 200);
    expect(read.headers.get('etag')).toBe('"2"');
    expect(read.body).toMatchObject({ draft: { version: 2, stale: false } });
  });

  it('refuses drafts whose kind or id contradict where they are saved', async () => {
    const lookup = await published(board, 'lookup', 'step-status');
    const reply = expectStatus(await saveDraft(board, 'lookup', 'other-id', lookup), 400);
    expect(reply.body.errors).toEqual([expect.objectContaining({ pointer: '/json/id' })]);
    expectStatus(await board.request('PUT', `${ADMIN}/definitions/widget/x`, { json: {} }), 404);
  });

  it('refuses to publish over a version someone published while the bundle was being made', async () => {
    const store = createAuthoringStore(platform.db.db);
    const active = await platform.deps.registry.active('fx-authoring');
    if (active === undefined) throw new Error('no active version');
    const versions = await store.versions('fx-authoring');
    const earlier = versions.find((v) => !v.active)?.versionId ?? '';
    const options = {
      publishedBy: null as unknown as string,
      note: '',
      at: platform.clock.now(),
      drafts: [],
    };
    await expect(store.publish(active.bundle, { ...options, basedOn: earlier })).rejects.toMatchObject({
      code: 'stale_version',
    });
  });

  it('discards every draft at once', async () => {
    const reply = expectStatus(await board.request('DELETE', `${ADMIN}/drafts`), 200);
    expect(reply.body.discarded).toBeGreaterThanOrEqual(1);
    expect(expectStatus(await board.request('POST', `${ADMIN}/check`), 200).body.drafts).toBe(0);
  });
});
