import { appendPointer, parsePointer } from '../kernel/json-pointer.js';

/** A place in a definition file. */
export type SourceLocation = { readonly file: string; readonly pointer: string };

type Counterparts = { readonly base: object; readonly patch: object };

/**
 * Remembers where each part of a layered definition was written, so a problem found in the merged
 * result of a template and its overrides points at the file — and the place in that file — that
 * wrote the offending value.
 */
export class Origins {
  private readonly nodeOrigin = new WeakMap<object, string>();
  private readonly keyOrigin = new WeakMap<object, Map<string, string>>();
  private readonly locations = new WeakMap<object, SourceLocation>();
  private readonly counterparts = new WeakMap<object, Counterparts>();

  /** Registers a parsed file: every object and array in it, with its pointer. */
  recordSource(json: unknown, file: string, ptr = ''): void {
    if (json === null || typeof json !== 'object') return;
    this.locations.set(json, { file, pointer: ptr });
    for (const [key, child] of Object.entries(json)) this.recordSource(child, file, appendPointer(ptr, key));
  }

  /** Registers that `merged` was made from `base` and `patch`. */
  recordMerge(merged: object, base: object, patch: object): void {
    this.counterparts.set(merged, { base, patch });
  }

  /** Marks a whole value (and everything under it not marked otherwise) as coming from `file`. */
  markNode(node: unknown, file: string): void {
    if (node !== null && typeof node === 'object') this.nodeOrigin.set(node, file);
  }

  /** Marks `container[key]` as written by `file`. */
  markKey(container: object, key: string | number, file: string): void {
    let map = this.keyOrigin.get(container);
    if (map === undefined) {
      map = new Map();
      this.keyOrigin.set(container, map);
    }
    map.set(String(key), file);
  }

  /** The file that wrote `container[key]`, falling back to the container's own origin. */
  originOfKey(container: object, key: string | number, fallback: string): string {
    const byKey = this.keyOrigin.get(container)?.get(String(key));
    if (byKey !== undefined) return byKey;
    const child = (container as Record<string, unknown>)[String(key)];
    if (child !== null && typeof child === 'object') return this.nodeOrigin.get(child) ?? fallback;
    return fallback;
  }

  /** The node of `file` that `node` was made from, if any. */
  private sourceIn(node: object, file: string): SourceLocation | undefined {
    const location = this.locations.get(node);
    if (location?.file === file) return location;
    const parts = this.counterparts.get(node);
    return parts ? (this.sourceIn(parts.patch, file) ?? this.sourceIn(parts.base, file)) : undefined;
  }

  /** The file and pointer responsible for the value at `pointer` inside `root`. */
  locate(root: unknown, pointer: string, fallback: string): SourceLocation {
    const tokens = parsePointer(pointer);
    const nodes: unknown[] = [root];
    let file =
      (root !== null && typeof root === 'object' ? this.nodeOrigin.get(root) : undefined) ?? fallback;
    for (const token of tokens) {
      const current = nodes.at(-1);
      if (current === null || typeof current !== 'object') break;
      file = this.originOfKey(current, token, file);
      nodes.push((current as Record<string, unknown>)[token]);
    }
    for (let depth = nodes.length - 1; depth >= 0; depth--) {
      const node = nodes[depth];
      if (node === null || typeof node !== 'object') continue;
      const source = this.sourceIn(node, file);
      if (source) return { file, pointer: appendPointer(source.pointer, ...tokens.slice(depth)) };
    }
    return { file, pointer };
  }
}
