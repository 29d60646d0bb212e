import { describe, expect, it } from 'vitest';
import type { SiteBundle } from '../../../definitions/site-bundle.js';
import type { JsonObject } from '../../../kernel/json.js';
import { type CaseState, step, type WorkflowEvent, workflowDefinition } from '../../../workflow/index.js';
import { fixtureBundle } from '../authoring-test-kit.js';
import { checkChanged } from '../draft-set.js';
import { type Mappings, parseMappings } from './mappings.js';
import { migrateState } from './migrate-state.js';

const v1 = fixtureBundle();
const actor = { role: 'case_manager' };
const clock = { now: () => new Date('2025-01-06T09:00:00Z') };

/** A case walked through the fixture's SOP under v1. */
function caseAfter(events: { type: string; to?: string; form?: string; data?: JsonObject }[]): CaseState {
  const def = workflowDefinition(v1, 'cm');
  let state: CaseState | null = null;
  for (const event of [{ type: 'open' }, ...events]) {
    const result = step(def, state, { ...event, actor } as WorkflowEvent, clock);
    if (!result.ok) throw new Error(JSON.stringify(result.blockedBy));
    state = result.state;
  }
  return state as CaseState;
}

/** v1 with some definitions replaced (the result must check). */
function v2(
  change: (b: {
    forms: Record<string, JsonObject>;
    sops: Record<string, JsonObject>;
    site: JsonObject;
  }) => void,
): SiteBundle {
  const copy = structuredClone(v1) as unknown as {
    forms: Record<string, JsonObject>;
    sops: Record<string, JsonObject>;
    site: JsonObject;
  };
  change(copy);
  const result = checkChanged(v1, [
    { kind: 'form', id: 'assessment', json: copy.forms.assessment as JsonObject },
    { kind: 'sop', id: 'cm', json: copy.sops.cm as JsonObject },
    { kind: 'site', id: v1.siteId, json: copy.site },
  ]);
  if (result.bundle === undefined) throw new Error(JSON.stringify(result.problems.slice(0, 2)));
  return result.bundle;
}

const migrate = (state: CaseState, to: SiteBundle, mappings: Partial<Mappings> = {}) =>
  migrateState({ state, to, mappings: parseMappings(mappings), locale: 'en', today: '2025-01-06' });

const assessed = caseAfter([
  { type: 'advance', to: 'assessment' },
  { type: 'submit', form: 'assessment', data: { assessedOn: '2025-01-06', disability_group: 'II' } },
]);

const renamed = v2((b) => {
  const fields = (b.forms.assessment!.fields as { properties: JsonObject }).properties;
  fields.disability_category = fields.disability_group as JsonObject;
  delete fields.disability_group;
});

describe('moving a case to another version', () => {
  it('refuses data the new version does not accept, saying where', () => {
    const result = migrate(assessed, renamed);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      expect.objectContaining({ code: 'invalid_data', form: 'assessment', pointer: '/disability_group' }),
    ]);
  });

  it('renames mapped fields and keeps the case otherwise as it was', () => {
    const result = migrate(assessed, renamed, {
      fields: [{ form: 'assessment', from: 'disability_group', to: 'disability_category' }],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.state.forms.assessment?.data).toEqual({
      assessedOn: '2025-01-06',
      disability_category: 'II',
    });
    expect(result.changes).toEqual(['assessment: field disability_group → disability_category']);
    expect({ ...result.state, forms: {} }).toEqual({ ...assessed, forms: {} });
    expect(assessed.forms.assessment?.data).toHaveProperty('disability_group');
  });

  it('maps stages and tasks, and refuses a stage or open task the new version lacks', () => {
    const moved = v2((b) => {
      const sop = b.sops.cm as unknown as {
        stages: { id: string; tasks?: { id: string }[]; transitions?: { to: string }[] }[];
      };
      const stage = sop.stages[1] as { id: string; tasks: { id: string }[] };
      stage.id = 'needs';
      (stage.tasks[0] as { id: string }).id = 'assess-needs';
      ((sop.stages[0]?.transitions ?? [])[0] as { to: string }).to = 'needs';
      (b.sops.cm as { scenarios?: unknown }).scenarios = [];
    });
    const open = caseAfter([{ type: 'advance', to: 'assessment' }]);
    const bare = migrate(open, moved);
    expect(bare.ok ? [] : bare.problems.map((p) => p.code)).toEqual(['stage_missing', 'task_missing']);
    const mapped = migrate(open, moved, {
      stages: { assessment: 'needs' },
      tasks: { assess: 'assess-needs' },
    });
    if (!mapped.ok) throw new Error(JSON.stringify(mapped.problems));
    expect(mapped.state.stage).toBe('needs');
    expect(mapped.state.tasks.map((t) => [t.defId, t.stage, t.status])).toEqual([
      ['assess-needs', 'needs', 'open'],
    ]);
  });

  it('moves review dates that follow the interval to the new interval from the same start', () => {
    const implementing = caseAfter([
      { type: 'advance', to: 'assessment' },
      { type: 'submit', form: 'assessment', data: { assessedOn: '2025-01-06' } },
      { type: 'advance', to: 'planning' },
      { type: 'submit', form: 'plan', data: { steps: [{ action: 'CV', status: 'planned' }] } },
      { type: 'advance', to: 'implementation' },
    ]);
    expect(implementing.reviews.review?.dueDate).toBe('2025-04-06');
    const sooner = v2((b) => {
      ((b.site.settings as JsonObject).review_days as JsonObject).value = 28;
      (b.sops.cm as { scenarios?: unknown }).scenarios = [];
    });
    const result = migrate(implementing, sooner);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.state.reviews.review?.dueDate).toBe('2025-02-03');
    expect(result.changes).toEqual(['review review due 2025-04-06 → 2025-02-03']);
  });
});
