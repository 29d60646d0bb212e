import { describe, expect, it } from 'vitest';
import { DEFINITION_KINDS } from '../../../platform/definitions/definition-kinds.js';
import { editorSchema } from './kind-schemas.js';

const refsOf = (node: unknown): string[] => {
  if (Array.isArray(node)) return node.flatMap(refsOf);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => (k === '$ref' && typeof v === 'string' ? [v] : refsOf(v)));
};

describe('the editor schemas', () => {
  it.each(DEFINITION_KINDS)('%s: every reference resolves inside the schema', (kind) => {
    const schema = editorSchema(kind) as { $defs: Record<string, unknown> };
    for (const ref of refsOf(schema)) {
      expect(ref.startsWith('#/$defs/'), ref).toBe(true);
      expect(schema.$defs[ref.slice('#/$defs/'.length)], ref).toBeDefined();
    }
  });

  it('marks localized texts and expressions for their own editors', () => {
    const defs = (editorSchema('rule') as { $defs: Record<string, { $id?: string }> }).$defs;
    expect(defs.common_localizedText?.$id).toBe('localizedText');
    expect(defs.common_expression?.$id).toBe('expression');
  });
});
