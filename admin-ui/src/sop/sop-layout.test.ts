import { describe, expect, it } from 'vitest';
import sop from '../../../definitions/sites/uz-tashkent-icm/case-management.sop.json' with { type: 'json' };
import { CLOSED, layoutSop, type SopShape } from './sop-layout.js';

describe('the SOP diagram layout', () => {
  it('puts stages in process order from left to right, closure last', () => {
    const shape: SopShape = {
      initialStage: 'a',
      stages: [
        { id: 'c', transitions: [{ id: 'back', to: 'a' }] },
        {
          id: 'a',
          transitions: [
            { id: 'go', to: 'b', automatic: true },
            { id: 'stop', closeWith: 'no' },
          ],
        },
        { id: 'b', transitions: [{ id: 'on', to: 'c' }] },
        { id: 'lonely' },
      ],
      closure: { fromStages: ['c'] },
      reopen: { stage: 'b' },
    };
    const { boxes, edges } = layoutSop(shape);
    const col = (id: string) => boxes.find((b) => b.id === id)?.column;
    expect([col('a'), col('b'), col('c'), col('lonely'), col(CLOSED)]).toEqual([0, 1, 2, 3, 4]);
    expect(edges.map((e) => `${e.from}>${e.to}:${e.kind}${e.automatic ? ':auto' : ''}`)).toEqual([
      'c>a:back',
      'a>b:forward:auto',
      `a>${CLOSED}:close`,
      'b>c:forward',
      `c>${CLOSED}:close`,
      `${CLOSED}>b:reopen`,
    ]);
  });

  it('lays out the Tashkent SOP with every stage once', () => {
    const { boxes, width } = layoutSop(sop as unknown as SopShape);
    expect(boxes.map((b) => b.id).sort()).toEqual([...sop.stages.map((s) => s.id), CLOSED].sort());
    expect(boxes.find((b) => b.id === 'outreach')?.column).toBe(0);
    expect(width).toBeGreaterThan(0);
  });
});
