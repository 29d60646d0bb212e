import { parsePointer } from '../kernel/json-pointer.js';
import type { FieldError } from './form-types.js';

/** react-jsonschema-form's error tree: `{ steps: { 2: { status: { __errors: ['…'] } } } }`. */
export type ErrorTree = { __errors?: string[]; [key: string]: ErrorTree | string[] | undefined };

/**
 * Field errors as rjsf's `extraErrors` tree, so a form shows the engine's localized messages
 * beside each field (form-level messages sit at the root's `__errors`).
 */
export function errorTree(errors: readonly FieldError[]): ErrorTree {
  const root: ErrorTree = {};
  for (const error of errors) {
    let node = root;
    for (const token of parsePointer(error.pointer)) {
      const key = token === '__errors' ? `${token}_` : token;
      let next = Object.hasOwn(node, key) ? (node[key] as ErrorTree) : undefined;
      if (next === undefined) {
        next = {};
        node[key] = next;
      }
      node = next;
    }
    node.__errors = [...(node.__errors ?? []), error.message];
  }
  return root;
}
