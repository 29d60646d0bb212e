import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where `npm run build` puts the UIs; the server serves them from here. */
export const UI_DIST = resolve(import.meta.dirname, '..', '..', 'dist');

/**
 * Builds the UIs when they have not been built yet, so `npm install && npm start` works on a
 * fresh checkout without a separate build step.
 */
export async function ensureUiBuilt(log: (line: string) => void): Promise<string> {
  const missing = ['runtime-ui', 'admin-ui'].filter(
    (ui) => existsSync(join(UI_DIST, '..', ui, 'index.html')) && !existsSync(join(UI_DIST, ui, 'index.html')),
  );
  if (missing.length > 0) {
    log(`building ${missing.join(' and ')} (first start)…`);
    const { buildUis } = await import('./build-uis.js');
    await buildUis(missing);
  }
  return UI_DIST;
}
