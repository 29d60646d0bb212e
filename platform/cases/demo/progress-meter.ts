/** Where progress goes: a terminal (redrawn in place) or a log (periodic lines). */
export type ProgressOutput = {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
};

export type ProgressMeter = {
  /** `done` items so far (of the meter's total). */
  update(done: number): void;
  /** Prints the final count, rate and elapsed time. */
  finish(done?: number): void;
};

/** A terminal is redrawn at most this often; a log gets a line this often. */
const TTY_EVERY_MS = 100;
const LOG_EVERY_MS = 5000;

/**
 * A progress bar with rate and ETA on a terminal (`label [████░░░░]  45%  1,234/5,000 persons
 * 456/s  ETA 0:12`, redrawn in place); on anything else (CI logs, pipes) a plain line every five
 * seconds.
 */
export function progressMeter(
  out: ProgressOutput,
  label: string,
  total: number,
  unit = 'persons',
  now: () => number = () => performance.now(),
): ProgressMeter {
  const started = now();
  let last = Number.NEGATIVE_INFINITY;
  let latest = 0;
  const render = (done: number, final: boolean) => {
    const elapsed = Math.max(1e-3, (now() - started) / 1000);
    const rate = done / elapsed;
    const eta = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
    const numbers = `${fmt(done)}/${fmt(total)} ${unit}  ${fmt(Math.round(rate))}/s`;
    const tail = final ? `  ${duration(elapsed)}` : `  ETA ${duration(eta)}`;
    if (!out.isTTY) return `${label}: ${numbers} (${percent(done, total)})${tail}\n`;
    const width = Math.max(10, Math.min(30, (out.columns ?? 80) - label.length - numbers.length - 24));
    const filled = total === 0 ? width : Math.round((width * done) / total);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    return `\r${label} [${bar}] ${percent(done, total).padStart(4)}  ${numbers}${tail}\x1b[K${final ? '\n' : ''}`;
  };
  return {
    update(done) {
      latest = done;
      const t = now();
      if (t - last < (out.isTTY ? TTY_EVERY_MS : LOG_EVERY_MS)) return;
      last = t;
      out.write(render(done, false));
    },
    finish(done = latest) {
      out.write(render(done, true));
    },
  };
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

function percent(done: number, total: number): string {
  return `${total === 0 ? 100 : Math.floor((100 * done) / total)}%`;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}
