import { useId } from 'react';

export type Point = { readonly label: string; readonly value: number | null };

const W = 560;
const H = 210;
const PAD = { left: 44, right: 16, top: 14, bottom: 34 };

/** Round numbers for an axis up to `max`: 0 and three steps. */
export function axisTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 3;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? rough;
  return [0, step, step * 2, step * 3];
}

/**
 * A time series as a line over the periods, with the target as a dashed line. An image with a
 * title and a description that reads the values out; the card also offers them as a table.
 */
export function LineChart({
  points,
  target,
  title,
  description,
  format,
  axisFormat,
}: {
  points: readonly Point[];
  target: number | null;
  title: string;
  description: string;
  format: (v: number) => string;
  /** Axis ticks are written without the unit (the card says it). */
  axisFormat: (v: number) => string;
}) {
  const id = useId();
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const ticks = axisTicks(Math.max(...values, target ?? 0, 0) * 1.05);
  const top = ticks[ticks.length - 1] ?? 1;
  const x = (i: number) =>
    PAD.left +
    (points.length <= 1
      ? (W - PAD.left - PAD.right) / 2
      : (i * (W - PAD.left - PAD.right)) / (points.length - 1));
  const y = (v: number) => PAD.top + (1 - v / top) * (H - PAD.top - PAD.bottom);
  const every = Math.max(1, Math.ceil(points.length / 8));
  const segments: string[] = [];
  let current = '';
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current === '' ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.value).toFixed(1)} `;
  });
  if (current) segments.push(current);
  return (
    <svg
      className="chart line-chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{description}</desc>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} className="grid" />
          <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" className="axis-label">
            {axisFormat(tick)}
          </text>
        </g>
      ))}
      {points.map((p, i) =>
        i % every === 0 || i === points.length - 1 ? (
          <text
            key={p.label}
            x={x(i)}
            y={H - PAD.bottom + 18}
            textAnchor={
              points.length > 1 && i === points.length - 1
                ? 'end'
                : points.length > 1 && i === 0
                  ? 'start'
                  : 'middle'
            }
            className="axis-label"
          >
            {p.label}
          </text>
        ) : null,
      )}
      {target !== null && (
        <g className="target">
          <line x1={PAD.left} x2={W - PAD.right} y1={y(target)} y2={y(target)} className="target-line" />
          <text x={W - PAD.right} y={y(target) - 5} textAnchor="end" className="target-label">
            {format(target)}
          </text>
        </g>
      )}
      {segments.map((d) => (
        <path key={d} d={d} className="series" />
      ))}
      {points.map((p, i) =>
        p.value === null ? null : (
          <circle key={p.label} cx={x(i)} cy={y(p.value)} r={3.5} className="point">
            <title>{`${p.label}: ${format(p.value)}`}</title>
          </circle>
        ),
      )}
    </svg>
  );
}

/** Values by group as horizontal bars, largest first, the value written at the end of each bar. */
export function BarChart({
  bars,
  title,
  format,
  target,
}: {
  bars: readonly { label: string; value: number }[];
  title: string;
  format: (v: number) => string;
  target: number | null;
}) {
  const id = useId();
  const shown = [...bars].sort((a, b) => b.value - a.value).slice(0, 8);
  const row = 26;
  const labelWidth = 200;
  const height = shown.length * row + 10;
  const max = Math.max(...shown.map((b) => b.value), target ?? 0, 1);
  const width = (v: number) => (v / max) * (W - labelWidth - 70);
  return (
    <svg
      className="chart bar-chart"
      viewBox={`0 0 ${W} ${height}`}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{shown.map((b) => `${b.label}: ${format(b.value)}`).join('; ')}</desc>
      {shown.map((b, i) => (
        <g key={b.label} transform={`translate(0, ${i * row + 4})`}>
          <title>{`${b.label}: ${format(b.value)}`}</title>
          <text x={labelWidth - 8} y={15} textAnchor="end" className="axis-label">
            {b.label.length > 28 ? `${b.label.slice(0, 27)}…` : b.label}
          </text>
          <rect
            x={labelWidth}
            y={3}
            width={Math.max(1, width(b.value))}
            height={row - 10}
            rx={3}
            className="bar"
          />
          <text x={labelWidth + width(b.value) + 6} y={15} className="bar-value">
            {format(b.value)}
          </text>
        </g>
      ))}
      {target !== null && (
        <line
          x1={labelWidth + width(target)}
          x2={labelWidth + width(target)}
          y1={0}
          y2={height}
          className="target-line"
        />
      )}
    </svg>
  );
}
