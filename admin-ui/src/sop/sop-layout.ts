/** The parts of an SOP the diagram draws. */
export type SopShape = {
  readonly initialStage: string;
  readonly stages: readonly {
    readonly id: string;
    readonly transitions?: readonly {
      readonly id: string;
      readonly to?: string;
      readonly automatic?: boolean;
      readonly closeWith?: string;
      readonly approval?: string;
    }[];
  }[];
  readonly closure?: { readonly fromStages?: readonly string[] };
  readonly reopen?: { readonly stage?: string };
};

export type Box = { readonly id: string; readonly x: number; readonly y: number; readonly column: number };
export type Edge = {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly kind: 'forward' | 'back' | 'close' | 'reopen';
  readonly automatic: boolean;
  readonly approval: boolean;
};

export const BOX = { width: 124, height: 66, gapX: 26, gapY: 26, pad: 16 } as const;
export const CLOSED = '#closed';

/**
 * Stages laid out left to right in process order: columns by distance from the initial stage
 * (breadth first over the transitions), stages never reached from it after the others, and a
 * "closed" node at the end that close-with transitions and the general closure lead to.
 */
export function layoutSop(sop: SopShape): { boxes: Box[]; edges: Edge[]; width: number; height: number } {
  const byId = new Map(sop.stages.map((s) => [s.id, s]));
  const column = new Map<string, number>();
  const queue = byId.has(sop.initialStage) ? [sop.initialStage] : [];
  if (queue[0] !== undefined) column.set(queue[0], 0);
  while (queue.length > 0) {
    const id = queue.shift() as string;
    for (const t of byId.get(id)?.transitions ?? []) {
      if (t.to === undefined || !byId.has(t.to) || column.has(t.to)) continue;
      column.set(t.to, (column.get(id) ?? 0) + 1);
      queue.push(t.to);
    }
  }
  let last = Math.max(-1, ...column.values());
  for (const s of sop.stages) if (!column.has(s.id)) column.set(s.id, ++last);
  const columns = Math.max(0, ...column.values()) + 1;
  column.set(CLOSED, columns);
  const rows = new Map<number, number>();
  const boxes: Box[] = [...sop.stages.map((s) => s.id), CLOSED].map((id) => {
    const c = column.get(id) ?? 0;
    const row = rows.get(c) ?? 0;
    rows.set(c, row + 1);
    return {
      id,
      column: c,
      x: BOX.pad + c * (BOX.width + BOX.gapX),
      y: BOX.pad + row * (BOX.height + BOX.gapY),
    };
  });
  const edges: Edge[] = [];
  for (const s of sop.stages)
    for (const t of s.transitions ?? []) {
      const to = t.closeWith !== undefined ? CLOSED : t.to;
      if (to === undefined || (to !== CLOSED && !byId.has(to))) continue;
      const kind =
        to === CLOSED ? 'close' : (column.get(to) ?? 0) > (column.get(s.id) ?? 0) ? 'forward' : 'back';
      edges.push({
        id: `${s.id}/${t.id}`,
        from: s.id,
        to,
        kind,
        automatic: t.automatic === true,
        approval: t.approval !== undefined,
      });
    }
  const closing = new Set(edges.filter((e) => e.kind === 'close').map((e) => e.from));
  for (const from of sop.closure?.fromStages ?? [])
    if (byId.has(from) && !closing.has(from))
      edges.push({
        id: `${from}/#closure`,
        from,
        to: CLOSED,
        kind: 'close',
        automatic: false,
        approval: false,
      });
  if (sop.reopen?.stage !== undefined && byId.has(sop.reopen.stage))
    edges.push({
      id: '#reopen',
      from: CLOSED,
      to: sop.reopen.stage,
      kind: 'reopen',
      automatic: false,
      approval: false,
    });
  const maxRows = Math.max(1, ...rows.values());
  return {
    boxes,
    edges,
    width: BOX.pad * 2 + (columns + 1) * BOX.width + columns * BOX.gapX,
    height: BOX.pad * 2 + maxRows * BOX.height + (maxRows - 1) * BOX.gapY + 70,
  };
}
