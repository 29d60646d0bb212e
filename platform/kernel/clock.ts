/** Time is injected everywhere so engines stay pure and tests can move it. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock that returns a fixed instant until moved; for tests and simulations. */
export type ManualClock = Clock & { set(instant: Date | string): void; advance(ms: number): void };

export function manualClock(start: Date | string): ManualClock {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (instant) => {
      current = new Date(instant);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}
