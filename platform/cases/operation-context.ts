import type { Actor } from '../access/actor.js';
import type { Clock } from '../kernel/clock.js';
import type { CaseStore } from './case-store.js';
import type { SiteRegistry, SiteVersion } from './site-registry.js';

/**
 * What every operation runs with: the store, the published definitions, the clock and the actor.
 * `version` is the site's active version (cases pinned to an older one load theirs).
 */
export type OperationContext = {
  readonly store: CaseStore;
  readonly registry: SiteRegistry;
  readonly clock: Clock;
  readonly actor: Actor;
  readonly version: SiteVersion;
};
