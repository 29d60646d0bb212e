import type { SiteBundle } from '../definitions/site-bundle.js';

/** A published, immutable version of a site's definitions. */
export type SiteVersion = {
  readonly siteId: string;
  readonly versionId: string;
  readonly version: number;
  readonly bundle: SiteBundle;
  readonly publishedAt: Date;
};

/**
 * Published definition versions. `active` is read from the database each time (another process
 * may publish); bundles are immutable, so they are cached by version id.
 */
export type SiteRegistry = {
  active(siteId: string): Promise<SiteVersion | undefined>;
  byVersion(siteId: string, versionId: string): Promise<SiteVersion | undefined>;
  siteIds(): Promise<string[]>;
};
