import type { LocalizedText } from '../../kernel/localized-text.js';
import type { ValueType } from '../expressions/value-type.js';

/**
 * The shape of the facts an expression reads: what `var` paths exist, their types, labels and
 * allowed values. Built from form fields and the runtime's case model; the checker resolves every
 * path against it and the rules engine's explanations use its labels.
 */
export type FactTree = {
  readonly type: ValueType;
  readonly label?: LocalizedText;
  readonly children?: Readonly<Record<string, FactTree>>;
  /** For arrays: the shape of each item. */
  readonly items?: FactTree;
  /** The allowed values, when the fact is a choice. */
  readonly options?: readonly unknown[];
  /** An object whose keys are not declared: any path below it is accepted with type `any`. */
  readonly open?: boolean;
};

export const leaf = (type: ValueType, label?: LocalizedText, options?: readonly unknown[]): FactTree => ({
  type,
  ...(label ? { label } : {}),
  ...(options ? { options } : {}),
});

export const objectTree = (children: Record<string, FactTree>, label?: LocalizedText): FactTree => ({
  type: 'object',
  children,
  ...(label ? { label } : {}),
});

const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

export type PathResolution =
  | { readonly ok: true; readonly tree: FactTree }
  | { readonly ok: false; readonly message: string };

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const temp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = temp;
    }
  }
  return row[b.length] ?? 0;
}

/** "did you mean" candidates among the keys of a tree. */
export function closestKeys(tree: FactTree, key: string): string[] {
  const keys = Object.keys(tree.children ?? {});
  const limit = Math.max(2, Math.floor(key.length / 3));
  return keys
    .map((k) => ({ k, d: editDistance(k.toLowerCase(), key.toLowerCase()) }))
    .filter(({ d }) => d <= limit)
    .sort((x, y) => x.d - y.d)
    .slice(0, 3)
    .map(({ k }) => k);
}

function step(tree: FactTree, segment: string, walked: string): PathResolution {
  if (FORBIDDEN_SEGMENTS.has(segment))
    return { ok: false, message: `"${segment}" is not allowed in a path.` };
  if (tree.open === true) return { ok: true, tree: { type: 'any', open: true } };
  if (tree.type === 'array' && /^\d+$/.test(segment))
    return tree.items ? { ok: true, tree: tree.items } : { ok: true, tree: leaf('any') };
  if (tree.type === 'any') return { ok: true, tree: leaf('any') };
  const child = tree.children?.[segment];
  if (child !== undefined && Object.hasOwn(tree.children ?? {}, segment)) return { ok: true, tree: child };
  const where = walked === '' ? 'at the top level' : `in "${walked}"`;
  const suggestions = closestKeys(tree, segment);
  const hint =
    suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '';
  return { ok: false, message: `There is no "${segment}" ${where}.${hint}` };
}

/**
 * Resolves a dotted path (`forms.screening.severity`, `steps.0.status`, `steps[].status`) against a
 * fact tree. `name[]` steps into the items of an array; numeric segments index arrays.
 */
export function resolvePath(root: FactTree, path: string): PathResolution {
  if (path === '') return { ok: true, tree: root };
  let tree = root;
  const walked: string[] = [];
  for (const raw of path.split('.')) {
    const isItems = raw.endsWith('[]');
    const segment = isItems ? raw.slice(0, -2) : raw;
    const next = step(tree, segment, walked.join('.'));
    if (!next.ok) return next;
    tree = next.tree;
    walked.push(raw);
    if (isItems) {
      if (tree.type !== 'array' && tree.type !== 'any')
        return { ok: false, message: `"${walked.join('.')}" is not a repeat group.` };
      tree = tree.items ?? leaf('any');
    }
  }
  return { ok: true, tree };
}
