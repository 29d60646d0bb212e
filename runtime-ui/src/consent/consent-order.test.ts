import { describe, expect, it } from 'vitest';
import { consentsNewestFirst } from './consent-order.js';

describe('consentsNewestFirst', () => {
  it('lists consents in force first, then the others, each most recent first', () => {
    const records = [
      { id: 'a', state: 'withdrawn', givenAt: '2025-01-01T00:00:00Z' },
      { id: 'b', state: 'active', givenAt: '2025-01-02T00:00:00Z' },
      { id: 'c', state: 'expired', givenAt: '2025-02-01T00:00:00Z' },
      { id: 'd', state: 'active', givenAt: '2025-03-01T00:00:00Z' },
    ];
    expect(consentsNewestFirst(records).map((r) => r.id)).toEqual(['d', 'b', 'c', 'a']);
  });
});
