import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Builds the named UIs (`runtime-ui`, `admin-ui`) with Vite, each from its own config. */
export async function buildUis(names: readonly string[] = ['runtime-ui', 'admin-ui']): Promise<void> {
  const { build } = await import('vite');
  for (const name of names) {
    await build({ configFile: resolve(ROOT, name, 'vite.config.ts'), logLevel: 'warn' });
  }
}
