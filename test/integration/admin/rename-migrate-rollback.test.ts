import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform } from '../../support/platform-harness.js';
import {
  ADMIN,
  act,
  authoringResolver,
  type Client,
  expectStatus,
  finished,
  openCase,
  type Platform,
  published,
  SITE,
  saveDraft,
  submit,
} from './admin-support.js';

let platform: Platform;
let admin: Client;
let worker: Client;
const cases: Record<string, { id: string; version: number; definitionVersionId: string }> = {};
let v1 = '';
let v2 = '';

const assessment = (extra: object) => ({ assessedOn: '2025-01-06', monthly_income: 300, ...extra });

beforeAll(async () => {
  platform = await startPlatform(['fx-authoring'], authoringResolver());
  admin = await platform.signIn('authoring.site_admin');
  worker = await platform.signIn('authoring.case_manager');
  // A and B assessed with a disability group; C also planned with a dropped step; D just opened.
  for (const [name, group] of [
    ['A', 'II'],
    ['B', 'I'],
    ['C', 'III'],
  ] as const) {
    let c = await act(worker, await openCase(worker, name), { type: 'advance', to: 'assessment' });
    c = await submit(worker, c, 'assessment', assessment({ disability_group: group }));
    cases[name] = c;
  }
  let c = await act(worker, cases.C as { id: string; version: number }, { type: 'advance', to: 'planning' });
  c = await submit(worker, c, 'plan', { steps: [{ action: 'Job club', status: 'dropped' }] });
  cases.C = c;
  cases.D = await openCase(worker, 'D');
  v1 = cases.D.definitionVersionId;
});
afterAll(() => platform.close());

const mappings = {
  fields: [{ form: 'assessment', from: 'disability_group', to: 'disability_category' }],
  options: [{ form: 'plan', field: 'steps[].status', from: 'dropped', to: 'planned' }],
};

async function caseData(id: string) {
  const view = expectStatus(await worker.request('GET', `${SITE}/cases/${id}`), 200).body;
  return view as {
    case: { definitionVersionId: string; version: number };
    data: Record<string, Record<string, unknown>>;
  };
}

describe('an implementer renames a form field', () => {
  it('sees the impact on open cases in the diff, then publishes', async () => {
    const form = await published(admin, 'form', 'assessment');
    const fields = (form.fields as { properties: Record<string, unknown> }).properties;
    fields.disability_category = fields.disability_group;
    delete fields.disability_group;
    expectStatus(await saveDraft(admin, 'form', 'assessment', form), 200);
    const lookup = await published(admin, 'lookup', 'step-status');
    lookup.options = (lookup.options as { value: string }[]).filter((o) => o.value !== 'dropped');
    expectStatus(await saveDraft(admin, 'lookup', 'step-status', lookup), 200);

    const diff = expectStatus(await admin.request('GET', `${ADMIN}/diff`), 200).body;
    expect(diff.casesOn).toBe(v1);
    const changes = diff.changes as {
      code: string;
      definitionId: string;
      affected: number | null;
      text: string;
    }[];
    expect(changes).toContainEqual(
      expect.objectContaining({ code: 'field_renamed_candidate', definitionId: 'assessment', affected: 3 }),
    );
    const option = changes.find((c) => c.code === 'option_removed');
    expect(option).toMatchObject({ definitionId: 'step-status', affected: 1 });
    expect(option?.text).toBe(
      'Option "dropped" (Dropped) removed from IAP step status — used by 1 open case',
    );

    const publication = expectStatus(
      await admin.request('POST', `${ADMIN}/publish`, { note: 'rename' }),
      201,
    );
    v2 = (publication.body.published as { versionId: string }).versionId;
    expect((await caseData(cases.A?.id ?? '')).case.definitionVersionId).toBe(v1);
  });

  it('dry runs a migration: refused cases without mappings, before/after samples with them, nothing written', async () => {
    const bare = expectStatus(
      await admin.request('POST', `${ADMIN}/migrations`, {
        fromVersionId: v1,
        toVersionId: v2,
        dryRun: true,
      }),
      201,
    ).body.migration as {
      total: number;
      migrated: number;
      failed: number;
      report: { invalid: { problems: { code: string; pointer: string }[] }[] };
    };
    expect(bare).toMatchObject({ total: 4, migrated: 1, failed: 3, dryRun: true, status: 'completed' });
    expect(bare.report.invalid[0]?.problems[0]).toMatchObject({
      code: 'invalid_data',
      pointer: '/disability_group',
    });

    const dry = expectStatus(
      await admin.request('POST', `${ADMIN}/migrations`, {
        fromVersionId: v1,
        toVersionId: v2,
        mappings,
        dryRun: true,
      }),
      201,
    ).body.migration as {
      migrated: number;
      failed: number;
      report: { samples: { caseId: string; before: { facts: object }; after: { facts: object } }[] };
    };
    expect(dry).toMatchObject({ migrated: 4, failed: 0 });
    const sample = dry.report.samples.find((s) => s.caseId === cases.A?.id);
    expect(sample?.before.facts).toMatchObject({ assessment: { disability_group: 'II' } });
    expect(sample?.after.facts).toMatchObject({ assessment: { disability_category: 'II' } });
    expect((await caseData(cases.A?.id ?? '')).case.definitionVersionId).toBe(v1);
  });

  it('applies the migration in batches with progress; cases move, stay valid and record it in their history', async () => {
    const started = expectStatus(
      await admin.request('POST', `${ADMIN}/migrations`, { fromVersionId: v1, toVersionId: v2, mappings }),
      202,
    ).body.migration as { id: string; status: string; total: number };
    expect(started).toMatchObject({ status: 'running', total: 4 });
    const done = await finished(admin, started.id);
    expect(done).toMatchObject({ status: 'completed', migrated: 4, failed: 0 });

    const a = await caseData(cases.A?.id ?? '');
    expect(a.case.definitionVersionId).toBe(v2);
    expect(a.data.assessment).toEqual(assessment({ disability_category: 'II' }));
    const c = await caseData(cases.C?.id ?? '');
    expect(c.data.plan).toEqual({ steps: [{ action: 'Job club', status: 'planned' }] });
    // The data is valid under the new version: the caseworker can go on with it.
    const resubmitted = await submit(
      worker,
      { id: cases.A?.id ?? '', version: a.case.version },
      'assessment',
      a.data.assessment as object,
    );
    expect(resubmitted.definitionVersionId).toBe(v2);

    const history = expectStatus(
      await worker.request('GET', `${SITE}/cases/${cases.B?.id}/history`),
      200,
    ).body;
    const migrated = (history.items as { type: string; payload: Record<string, unknown> }[]).find(
      (e) => e.type === 'case.migrated',
    );
    expect(migrated?.payload).toMatchObject({
      migrationId: started.id,
      fromVersionId: v1,
      toVersionId: v2,
      mappings: { fields: mappings.fields },
    });
  });

  it('rolls back to the previous version and migrates the moved cases back', async () => {
    const reply = expectStatus(
      await admin.request('POST', `${ADMIN}/rollback`, {
        migrateBack: true,
        wait: true,
        note: 'field name needed by reports',
      }),
      201,
    ).body;
    expect(reply.rolledBackTo).toMatchObject({ versionId: v1, version: 1 });
    const v3 = (reply.published as { versionId: string; version: number }).versionId;
    expect(reply.published).toMatchObject({ version: 3, created: true });
    expect(reply.migration).toMatchObject({
      status: 'completed',
      migrated: 4,
      failed: 0,
      fromVersionId: v2,
      toVersionId: v3,
    });

    const b = await caseData(cases.B?.id ?? '');
    expect(b.case.definitionVersionId).toBe(v3);
    expect(b.data.assessment).toEqual(assessment({ disability_group: 'I' }));
    // "planned" is valid in the restored version too, so it is not turned back into "dropped".
    expect((await caseData(cases.C?.id ?? '')).data.plan).toEqual({
      steps: [{ action: 'Job club', status: 'planned' }],
    });

    const versions = expectStatus(await admin.request('GET', `${ADMIN}/versions`), 200).body.versions as {
      version: number;
      hash: string;
      active: boolean;
      openCases: number;
      note: string;
    }[];
    expect(versions.map((v) => [v.version, v.active, v.openCases])).toEqual([
      [3, true, 4],
      [2, false, 0],
      [1, false, 0],
    ]);
    expect(versions[0]?.hash).toBe(versions[2]?.hash);
    expect(versions[0]?.note).toBe('Rollback to version 1: field name needed by reports');
    const list = expectStatus(await admin.request('GET', `${ADMIN}/migrations`), 200).body
      .migrations as unknown[];
    expect(list).toHaveLength(4);
  });

  it("compares two published versions with counts on the first one's open cases", async () => {
    const diff = expectStatus(await admin.request('GET', `${ADMIN}/diff?from=${v2}&to=${v1}`), 200).body;
    const changes = diff.changes as { code: string; affected: number | null }[];
    expect(changes).toContainEqual(expect.objectContaining({ code: 'field_renamed_candidate', affected: 0 }));
    expect(changes).toContainEqual(expect.objectContaining({ code: 'option_added' }));
    expectStatus(await admin.request('GET', `${ADMIN}/diff?from=${v2}&to=not-a-version`), 404);
  });
});
