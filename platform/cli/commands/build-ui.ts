import { buildUis } from '../build-uis.js';

/** `npm run build`: builds the caseworker UI and the admin UI into `dist/`. */
export async function run(args: string[]): Promise<number> {
  const names = args.filter((a) => !a.startsWith('-'));
  await buildUis(names.length > 0 ? names : undefined);
  process.stdout.write('UIs built into dist/\n');
  return 0;
}
