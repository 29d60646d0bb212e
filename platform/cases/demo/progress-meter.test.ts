import { describe, expect, it } from 'vitest';
import { progressMeter } from './progress-meter.js';

function recorder(isTTY: boolean) {
  const lines: string[] = [];
  return { lines, out: { isTTY, columns: 100, write: (text: string) => lines.push(text) } };
}

describe('progressMeter', () => {
  it('redraws a bar with rate and ETA on a terminal, at most ten times a second', () => {
    let t = 0;
    const { lines, out } = recorder(true);
    const meter = progressMeter(out, 'uz clients', 1000, 'persons', () => t);
    t = 1000;
    meter.update(250);
    t = 1050;
    meter.update(260);
    t = 2000;
    meter.update(500);
    meter.finish(1000);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\ruz clients \[█+░+\] {2}25% {2}250\/1,000 persons {2}250\/s {2}ETA 0:03/);
    expect(lines.at(-1)).toMatch(/100%.*1,000\/1,000 persons.*0:02/);
    expect(lines.at(-1)?.endsWith('\u001b[K\n')).toBe(true);
  });

  it('writes a plain line every five seconds to a log', () => {
    let t = 0;
    const { lines, out } = recorder(false);
    const meter = progressMeter(out, 'cases', 10, 'cases', () => t);
    for (let i = 1; i <= 10; i++) {
      t = i * 1000;
      meter.update(i);
    }
    meter.finish();
    expect(lines).toEqual([
      'cases: 1/10 cases  1/s (10%)  ETA 0:09\n',
      'cases: 6/10 cases  1/s (60%)  ETA 0:04\n',
      'cases: 10/10 cases  1/s (100%)  0:10\n',
    ]);
  });
});
