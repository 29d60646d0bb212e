import type { Field, ObjectField } from '../../definitions/definition-types.generated.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../../kernel/json.js';
import { parsePointer } from '../../kernel/json-pointer.js';

/** The field definition a data pointer (`/steps/2/status`) addresses, if any. */
export function fieldAtPointer(root: ObjectField, pointer: string): Field | undefined {
  let field: Field | ObjectField | undefined = root;
  for (const token of parsePointer(pointer)) {
    if (field === undefined) return undefined;
    if (field.type === 'array') field = field.items;
    else field = field.properties?.[token];
  }
  return field === root ? undefined : (field as Field | undefined);
}

/** Sets a value inside mutable JSON data, creating the objects and arrays on the way. */
export function setAtPointer(data: JsonObject, pointer: string, value: JsonValue): void {
  const tokens = parsePointer(pointer);
  let node: JsonValue = data;
  for (const [i, token] of tokens.entries()) {
    const last = i === tokens.length - 1;
    const nextIsIndex = /^\d+$/.test(tokens[i + 1] ?? '');
    if (Array.isArray(node)) {
      const index = Number(token);
      if (last) node[index] = value;
      else node[index] ??= nextIsIndex ? [] : {};
      node = node[index] as JsonValue;
    } else if (isJsonObject(node)) {
      if (last) node[token] = value;
      else if (!isJsonObject(node[token]) && !Array.isArray(node[token])) node[token] = nextIsIndex ? [] : {};
      node = node[token] as JsonValue;
    } else return;
  }
}

/** Removes a value from mutable JSON data (array items are spliced out). */
export function deleteAtPointer(data: JsonObject, pointer: string): void {
  const tokens = parsePointer(pointer);
  const last = tokens.pop();
  if (last === undefined) return;
  let node: JsonValue | undefined = data;
  for (const token of tokens) {
    node = Array.isArray(node) ? node[Number(token)] : isJsonObject(node) ? node[token] : undefined;
  }
  if (Array.isArray(node)) node.splice(Number(last), 1);
  else if (isJsonObject(node)) delete node[last];
}
