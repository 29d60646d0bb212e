/*
 * The authorization matrix classifies every operation of the API: a new operation that is not
 * checked per relationship, checked per actor, or set aside with a reason fails here, so nothing
 * is silently left untested.
 */
import { describe, expect, it } from 'vitest';
import { staleClassifications, unclassifiedOperations } from './matrix-operations.js';

describe('authorization matrix coverage', () => {
  it('classifies every operation of the OpenAPI lists', () => {
    expect(unclassifiedOperations()).toEqual([]);
  });

  it('classifies no operation the API does not have', () => {
    expect(staleClassifications()).toEqual([]);
  });
});
