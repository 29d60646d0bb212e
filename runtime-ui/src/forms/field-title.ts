import type { JsonSchema } from '../../../platform/forms/index.js';
import { parsePointer } from '../../../platform/kernel/json-pointer.js';

type Schema = { readonly [k: string]: unknown };

function propertyOf(schema: Schema, name: string): Schema | undefined {
  const direct = (schema.properties as Record<string, Schema> | undefined)?.[name];
  if (direct !== undefined) return direct;
  // Per-item variants keep their fields in `allOf[].then.properties` (see the forms engine README).
  for (const variant of (schema.allOf as Schema[] | undefined) ?? []) {
    const then = variant.then as Schema | undefined;
    const found = then && (then.properties as Record<string, Schema> | undefined)?.[name];
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The titles along a pointer into the data (`Steps › 2 › Due`), for error summaries. */
export function fieldTitle(schema: JsonSchema, pointer: string): string {
  const titles: string[] = [];
  let node: Schema | undefined = schema;
  for (const token of parsePointer(pointer)) {
    if (node === undefined) {
      titles.push(token);
      continue;
    }
    if (/^\d+$/.test(token) && node.items !== undefined) {
      titles.push(String(Number(token) + 1));
      node = node.items as Schema;
      continue;
    }
    node = propertyOf(node, token);
    titles.push(typeof node?.title === 'string' ? node.title : token);
  }
  return titles.join(' › ');
}
