import { useId } from 'react';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { BOX, type Box, CLOSED, type Edge, layoutSop, type SopShape } from './sop-layout.js';
import { SOP_MESSAGES as M } from './sop-messages.js';

const mid = (b: Box) => ({ x: b.x + BOX.width / 2, y: b.y + BOX.height / 2 });

/** The path of a transition: forward ones right to left-side, others curve below the boxes. */
function edgePath(from: Box, to: Box, edge: Edge, lane: number): string {
  if (edge.kind === 'forward' || (edge.kind === 'close' && to.column > from.column)) {
    const x1 = from.x + BOX.width;
    const y1 = from.y + BOX.height / 2 + (lane % 3) * 8 - 8;
    const x2 = to.x;
    const y2 = to.y + BOX.height / 2 + (lane % 3) * 8 - 8;
    const dx = Math.max(30, (x2 - x1) / 2);
    return `M${x1},${y1} C${x1 + dx},${y1} ${x2 - dx},${y2} ${x2},${y2}`;
  }
  const a = mid(from);
  const b = mid(to);
  const y1 = from.y + BOX.height;
  const y2 = to.y + BOX.height;
  const dip = Math.max(y1, y2) + 24 + (lane % 4) * 10;
  return `M${a.x},${y1} C${a.x},${dip} ${b.x},${dip} ${b.x},${y2}`;
}

function wrap(text: string, max = 17): string[] {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line !== '' && `${line} ${w}`.length > max) {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  if (line !== '') lines.push(line);
  if (lines.length > 3)
    return [lines[0] as string, lines[1] as string, `${(lines[2] as string).slice(0, max - 1)}…`];
  return lines;
}

/**
 * An SOP drawn as a diagram: stages left to right in process order, transitions as arrows
 * (automatic ones dashed, back-steps below, close-with transitions to the closed state in red,
 * re-opening dotted). An image with a title and description; the stage list says the same in words.
 */
export function SopDiagram({ sop, nameOf }: { sop: SopShape; nameOf: (stageId: string) => string }) {
  const { t } = useI18n();
  const id = useId();
  const layout = layoutSop(sop);
  const boxes = new Map(layout.boxes.map((b) => [b.id, b]));
  const lanes = new Map<string, number>();
  const lane = (key: string) => {
    const n = lanes.get(key) ?? 0;
    lanes.set(key, n + 1);
    return n;
  };
  const legendY = layout.height - 24;
  const closing = new Set(layout.edges.filter((e) => e.kind === 'close').map((e) => e.from));
  const order = new Map(
    [...layout.boxes].sort((a, b) => a.column - b.column || a.y - b.y).map((b, i) => [b.id, i + 1]),
  );
  return (
    // The diagram can be wider than the page: its frame scrolls, by keyboard too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="sop-diagram-scroll" tabIndex={0} aria-label={t(M, 'diagram')}>
      <svg
        className="sop-diagram"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{t(M, 'diagram')}</title>
        <desc id={`${id}-desc`}>
          {t(M, 'diagramDesc', { stages: sop.stages.length, transitions: layout.edges.length })}
        </desc>
        <defs>
          {(['forward', 'back', 'close', 'reopen'] as const).map((k) => (
            <marker
              key={k}
              id={`${id}-arrow-${k}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" className={`arrow-${k}`} />
            </marker>
          ))}
        </defs>
        {layout.edges.map((e) => {
          // Closing is marked on the stages it is possible from, not drawn across the others.
          if (e.kind === 'close') return null;
          const from = boxes.get(e.from);
          const to = boxes.get(e.to);
          if (!from || !to) return null;
          const cls = `edge edge-${e.kind}${e.automatic ? ' edge-auto' : ''}`;
          return (
            <path
              key={e.id}
              d={edgePath(from, to, e, lane(`${e.kind}:${e.from}`))}
              className={cls}
              markerEnd={`url(#${id}-arrow-${e.kind})`}
            >
              <title>{`${nameOf(e.from)} → ${nameOf(e.to)}`}</title>
            </path>
          );
        })}
        {layout.boxes.map((b) => {
          const closed = b.id === CLOSED;
          const lines = wrap(closed ? t(M, 'closed') : nameOf(b.id));
          return (
            <g key={b.id} className={closed ? 'stage-box closed-box' : 'stage-box'}>
              <rect x={b.x} y={b.y} width={BOX.width} height={BOX.height} rx={closed ? 30 : 8} />
              {!closed && (
                <text x={b.x + 8} y={b.y + 14} className="stage-number">
                  {b.id === sop.initialStage ? `${order.get(b.id)} · ${t(M, 'start')}` : order.get(b.id)}
                </text>
              )}
              {closing.has(b.id) && (
                <g className="close-mark">
                  <circle cx={b.x + BOX.width - 3} cy={b.y + 3} r={8} />
                  <text x={b.x + BOX.width - 3} y={b.y + 7} textAnchor="middle">
                    ×
                  </text>
                  <title>{t(M, 'legendClose')}</title>
                </g>
              )}
              {lines.map((line, j) => (
                <text
                  key={line}
                  x={b.x + BOX.width / 2}
                  y={b.y + (closed ? 37 : 36) + j * 14 - (lines.length - 1) * 6}
                  textAnchor="middle"
                  className="stage-label"
                >
                  {line}
                </text>
              ))}
            </g>
          );
        })}
        <g className="legend" transform={`translate(${BOX.pad}, ${legendY})`}>
          {(
            [
              ['forward', 'legendForward'],
              ['auto', 'legendAuto'],
              ['back', 'legendBack'],
              ['close', 'legendClose'],
              ['reopen', 'legendReopen'],
            ] as const
          ).map(([k, label], i) => (
            <g key={k} transform={`translate(${i * 140}, 0)`}>
              {k === 'close' ? (
                <g className="close-mark">
                  <circle cx="17" cy="0" r="8" />
                  <text x="17" y="4" textAnchor="middle">
                    ×
                  </text>
                </g>
              ) : (
                <line
                  x1="0"
                  y1="0"
                  x2="34"
                  y2="0"
                  className={k === 'auto' ? 'edge edge-forward edge-auto' : `edge edge-${k}`}
                />
              )}
              <text x="40" y="4" className="legend-text">
                {t(M, label)}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </section>
  );
}
