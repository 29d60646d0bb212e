import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { generateDefinitionTypes } from '../../definitions/generate-types.js';
import { GENERATED_TYPES_PATH } from '../../definitions/generated-types-path.js';

/** `npm run definitions:types`: regenerates the committed TypeScript types from the schemas. */
export async function run(args: string[]): Promise<number> {
  const generated = await generateDefinitionTypes();
  const current = readFileSync(GENERATED_TYPES_PATH, 'utf8');
  if (args.includes('--check')) {
    if (current === generated) return 0;
    process.stderr.write('definition types are out of date: run npm run definitions:types\n');
    return 1;
  }
  if (current !== generated) writeFileSync(GENERATED_TYPES_PATH, generated);
  process.stdout.write(
    current === generated ? 'types up to date\n' : `wrote ${relative(process.cwd(), GENERATED_TYPES_PATH)}\n`,
  );
  return 0;
}
