import type { ReadoutLine } from '../../../platform/forms/index.js';

/** Readout lines as a tree: a heading line (a group or a repeat item) holds the lines under it. */
export type ReadoutNode = { readonly line: ReadoutLine; readonly children: ReadoutNode[] };

export function readoutTree(lines: readonly ReadoutLine[]): ReadoutNode[] {
  const roots: ReadoutNode[] = [];
  const stack: ReadoutNode[] = [];
  for (const line of lines) {
    const node: ReadoutNode = { line, children: [] };
    while (stack.length > 0 && (stack[stack.length - 1] as ReadoutNode).line.depth >= line.depth) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent === undefined) roots.push(node);
    else parent.children.push(node);
    stack.push(node);
  }
  return roots;
}

/** Whether a heading holds repeat items (`/steps` → `/steps/0`, `/steps/1` …). */
export function isRepeat(node: ReadoutNode): boolean {
  return (
    node.children.length > 0 &&
    node.children.every((c) => /^\d+$/.test(c.line.pointer.slice(node.line.pointer.length + 1)))
  );
}

/** Whether every item of a repeat group is flat (label/value pairs only): it then reads well as a table. */
export function isTable(node: ReadoutNode): boolean {
  return isRepeat(node) && node.children.every((item) => item.children.every((c) => c.children.length === 0));
}

/** The columns of a table: the labels of the items' fields, in order of first appearance. */
export function tableColumns(node: ReadoutNode): { key: string; label: string }[] {
  const columns = new Map<string, string>();
  for (const item of node.children)
    for (const cell of item.children) {
      const key = cell.line.pointer.slice(item.line.pointer.length + 1);
      if (!columns.has(key)) columns.set(key, cell.line.label);
    }
  return [...columns].map(([key, label]) => ({ key, label }));
}
