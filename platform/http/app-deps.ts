import type { CaseStore } from '../cases/case-store.js';
import type { SiteRegistry } from '../cases/site-registry.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../storage/database.js';

/** What the HTTP layer is built from: the database, the case store, published sites, the clock. */
export type AppDeps = {
  readonly db: Db;
  readonly store: CaseStore;
  readonly registry: SiteRegistry;
  readonly clock: Clock;
  /** Folder of the built UIs (`dist/`), served when present. */
  readonly uiDist?: string;
  /** Mark the session cookie Secure even behind a TLS-terminating proxy. */
  readonly secureCookies?: boolean;
};
