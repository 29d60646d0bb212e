import { describe, expect, it } from 'vitest';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import type { JsonObject } from '../../../platform/kernel/json.js';
import { definitionOf, overlay } from './working-bundle.js';

const bundle = {
  siteId: 's',
  hash: 'h',
  chain: ['s'],
  site: { kind: 'site', id: 's' },
  forms: { a: { kind: 'form', id: 'a', title: { en: 'A' } } },
  lookups: {},
  rules: { r: { kind: 'rule', id: 'r' } },
  sops: {},
  referrals: {},
  services: {},
  indicators: {},
  sources: {},
} as unknown as SiteBundle;

describe('the working bundle', () => {
  it('replaces, adds and removes definitions, with a hash of its own', () => {
    const changed = overlay(
      bundle,
      new Map<string, JsonObject | null>([
        ['form:a', { kind: 'form', id: 'a', title: { en: 'A2' } }],
        ['form:b', { kind: 'form', id: 'b' }],
        ['rule:r', null],
      ]),
    );
    expect(definitionOf(changed, 'form', 'a')).toMatchObject({ title: { en: 'A2' } });
    expect(definitionOf(changed, 'form', 'b')).toBeDefined();
    expect(definitionOf(changed, 'rule', 'r')).toBeUndefined();
    expect(changed.hash).not.toBe('h');
    expect(definitionOf(bundle, 'form', 'a')).toMatchObject({ title: { en: 'A' } });
    expect(overlay(bundle, new Map())).toBe(bundle);
  });

  it('gives the same content the same hash', () => {
    const a = overlay(bundle, new Map([['form:b', { id: 'b' }]]));
    const b = overlay(bundle, new Map([['form:b', { id: 'b' }]]));
    expect(a.hash).toBe(b.hash);
  });
});
