import { fileURLToPath } from 'node:url';
import { checkSite } from '../../definitions/check-site.js';
import { folderResolver } from '../../definitions/read-site-folders.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';

/** The authoring fixture sites (`fx-authoring-base`, `fx-authoring`), for the tests beside this code. */
export const AUTHORING_FIXTURES = fileURLToPath(new URL('../../../test/fixtures/authoring', import.meta.url));

/** A fixture site's checked bundle; throws when it does not check. */
export function fixtureBundle(siteId = 'fx-authoring'): SiteBundle {
  const { bundle, problems } = checkSite(siteId, folderResolver([AUTHORING_FIXTURES]));
  if (bundle === undefined) throw new Error(`${siteId}: ${JSON.stringify(problems.slice(0, 3))}`);
  return bundle;
}
