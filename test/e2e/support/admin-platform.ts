import { launchPlatform, type RunningPlatform } from './platform.js';

/**
 * The platform as `npm start` runs it, for the admin journeys: like `startPlatform` (PGlite in a
 * temporary folder, the sites published, demo users with the known password) but serving the
 * admin UI at `/admin/` too, and with demo clients and cases generated through the case operations
 * for the sites named in `seed` — the open cases whose impact and migration the journeys look at.
 */
export function startAdminPlatform(
  options: { seed?: readonly string[]; persons?: number } = {},
): Promise<RunningPlatform> {
  return launchPlatform({ ...options, uis: ['runtime-ui', 'admin-ui'] });
}
