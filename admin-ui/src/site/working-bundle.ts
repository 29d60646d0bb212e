import type { DefinitionKind } from '../../../platform/definitions/definition-kinds.js';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import type { JsonObject } from '../../../platform/kernel/json.js';

/** Where a kind's definitions live in a bundle (the site is one object, the rest maps by id). */
export const COLLECTION: Readonly<Record<Exclude<DefinitionKind, 'site'>, keyof SiteBundle>> = {
  form: 'forms',
  lookup: 'lookups',
  rule: 'rules',
  sop: 'sops',
  referral: 'referrals',
  service: 'services',
  indicator: 'indicators',
};

export const draftKey = (kind: DefinitionKind, id: string) => `${kind}:${id}`;

/** A short, stable digest of a text (FNV-1a), to tell bundles with different content apart. */
export function digest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The definition of a kind and id in a bundle, if it has one. */
export function definitionOf(bundle: SiteBundle, kind: DefinitionKind, id: string): JsonObject | undefined {
  if (kind === 'site') return bundle.site as unknown as JsonObject;
  const collection = bundle[COLLECTION[kind]] as Readonly<Record<string, unknown>>;
  return Object.hasOwn(collection, id) ? (collection[id] as JsonObject) : undefined;
}

/**
 * The active bundle with definitions replaced (JSON), added, or removed (null): what the browser's
 * engines run on while definitions are being edited. The engines cache by hash, so the result's
 * hash differs whenever its content does.
 */
export function overlay(bundle: SiteBundle, changes: ReadonlyMap<string, JsonObject | null>): SiteBundle {
  if (changes.size === 0) return bundle;
  const next: Record<string, unknown> = { ...bundle };
  for (const [key, json] of changes) {
    const [kind, ...rest] = key.split(':') as [DefinitionKind, ...string[]];
    const id = rest.join(':');
    if (kind === 'site') {
      if (json !== null) next.site = json;
      continue;
    }
    const name = COLLECTION[kind];
    const collection = { ...(next[name] as Record<string, unknown>) };
    if (json === null) delete collection[id];
    else collection[id] = json;
    next[name] = collection;
  }
  const text = JSON.stringify([...changes.entries()].sort(([a], [b]) => a.localeCompare(b)));
  return { ...(next as SiteBundle), hash: `${bundle.hash}+${digest(text)}` };
}
