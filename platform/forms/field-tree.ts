import type { Field, FormDefinition, Option, Options } from '../definitions/definition-types.generated.js';
import type { SiteBundle } from '../definitions/site-bundle.js';

/** `value`: a scalar; `object`: named fields; `array`: a repeat group, a multi-select or a list. */
export type FieldKind = 'value' | 'object' | 'array';

/** One field of a form with its options resolved, addressed by field path (`steps[].status`). */
export type FieldNode = {
  /** Field path as form rules write it; `''` for the form itself, `steps[]` for the items of `steps`. */
  readonly path: string;
  /** Property name in the parent object (`''` for the root and for array items). */
  readonly name: string;
  readonly field: Field;
  readonly kind: FieldKind;
  /** For objects: the named fields, in declaration order. */
  readonly children: ReadonlyMap<string, FieldNode>;
  /** For arrays: the item field (absent when the definition leaves items open). */
  readonly item?: FieldNode;
  /** For values: the option set (inline or from the lookup), deprecated options included. */
  readonly options?: readonly Option[];
  /** An array of option values (multi-select). */
  readonly multi: boolean;
};

/** A form's fields, from the root, and by field path. */
export type FieldTree = {
  readonly root: FieldNode;
  readonly byPath: ReadonlyMap<string, FieldNode>;
};

function resolveOptions(options: Options | undefined, bundle: SiteBundle): readonly Option[] | undefined {
  if (options === undefined) return undefined;
  if (Array.isArray(options)) return options;
  return bundle.lookups[(options as { lookup: string }).lookup]?.options ?? [];
}

const JSON_TYPE_OF_VALUE: Record<string, Field['type']> = {
  string: 'string',
  number: 'number',
  boolean: 'boolean',
};

/** The item field of an array, with options given on the array moved onto its items. */
function itemField(field: Field, bundle: SiteBundle): Field | undefined {
  if (field.options === undefined) return field.items;
  const first = resolveOptions(field.options, bundle)?.[0]?.value;
  const inferred = JSON_TYPE_OF_VALUE[typeof first] ?? 'string';
  return { ...(field.items ?? { type: inferred }), options: field.options };
}

/** The path of field `name` of the object at `parent`. */
export function childPath(parent: string, name: string): string {
  return parent === '' ? name : `${parent}.${name}`;
}

function buildNode(
  field: Field,
  path: string,
  name: string,
  bundle: SiteBundle,
  byPath: Map<string, FieldNode>,
): FieldNode {
  const children = new Map<string, FieldNode>();
  let item: FieldNode | undefined;
  if (field.type === 'object')
    for (const [key, child] of Object.entries(field.properties ?? {}))
      children.set(key, buildNode(child, childPath(path, key), key, bundle, byPath));
  if (field.type === 'array') {
    const items = itemField(field, bundle);
    if (items !== undefined) item = buildNode(items, `${path}[]`, '', bundle, byPath);
  }
  const kind = field.type === 'object' ? 'object' : field.type === 'array' ? 'array' : 'value';
  const options = kind === 'value' ? resolveOptions(field.options, bundle) : undefined;
  const node: FieldNode = {
    path,
    name,
    field,
    kind,
    children,
    ...(item ? { item } : {}),
    ...(options ? { options } : {}),
    multi: kind === 'array' && item?.kind === 'value' && item.options !== undefined,
  };
  byPath.set(path, node);
  return node;
}

/** Indexes a form's fields by field path, resolving lookups from the bundle. */
export function fieldTree(form: FormDefinition, bundle: SiteBundle): FieldTree {
  const byPath = new Map<string, FieldNode>();
  const root = buildNode({ ...form.fields, type: 'object' } as Field, '', '', bundle, byPath);
  return { root, byPath };
}

/** Every field of the tree in document order (a field before the fields inside it). */
export function fieldsInOrder(root: FieldNode): FieldNode[] {
  const out: FieldNode[] = [];
  const visit = (node: FieldNode) => {
    out.push(node);
    for (const child of node.children.values()) visit(child);
    if (node.item !== undefined) visit(node.item);
  };
  visit(root);
  return out;
}
