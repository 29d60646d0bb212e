import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDefinitionTypes } from './generate-types.js';
import { GENERATED_TYPES_PATH } from './generated-types-path.js';

describe('generated definition types', () => {
  it('are in sync with the schemas (run `npm run definitions:types` after changing a schema)', async () => {
    const generated = await generateDefinitionTypes();
    expect(readFileSync(GENERATED_TYPES_PATH, 'utf8')).toBe(generated);
  });
});
