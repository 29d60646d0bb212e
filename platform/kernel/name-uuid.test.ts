import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameUuid } from './name-uuid.js';

const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

/** The same UUID made with the platform's Web Crypto SHA-1, as RFC 9562 §5.5 describes it. */
async function reference(namespace: string, name: string): Promise<string> {
  const ns = (namespace.replaceAll('-', '').match(/../g) ?? []).map((h) => Number.parseInt(h, 16));
  const input = new Uint8Array([...ns, ...new TextEncoder().encode(name)]);
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-1', input)).slice(0, 16);
  digest[6] = ((digest[6] ?? 0) & 0x0f) | 0x50;
  digest[8] = ((digest[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

describe('name-based UUIDs (version 5)', () => {
  it('gives the published example: www.example.com in the DNS namespace', () => {
    expect(nameUuid(DNS, 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('agrees with Web Crypto’s SHA-1 for any name, including long and non-Latin ones', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (name) => {
        expect(nameUuid(DNS, name)).toBe(await reference(DNS, name));
      }),
    );
    const long = 'Параћин/job-club'.repeat(20);
    expect(nameUuid(DNS, long)).toBe(await reference(DNS, long));
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => nameUuid('pathway', 'x')).toThrow(/Not a UUID/);
  });
});
