import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCRYPT_PARAMS,
  hashPassword,
  needsRehash,
  parsePasswordHash,
  TEST_SCRYPT_PARAMS,
  verifyPassword,
} from './password-hash.js';

describe('password hashes', () => {
  it('are self-describing scrypt strings with a random salt', async () => {
    const one = await hashPassword('s3cret pass', TEST_SCRYPT_PARAMS);
    const two = await hashPassword('s3cret pass', TEST_SCRYPT_PARAMS);
    expect(one).toMatch(/^\$scrypt\$ln=10,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(one).not.toBe(two);
    expect(one).not.toContain('s3cret');
    expect(parsePasswordHash(one)?.params).toEqual(TEST_SCRYPT_PARAMS);
  });

  it('verify the right password only', async () => {
    const stored = await hashPassword('s3cret pass', TEST_SCRYPT_PARAMS);
    expect(await verifyPassword('s3cret pass', stored)).toBe(true);
    expect(await verifyPassword('s3cret pas', stored)).toBe(false);
    expect(await verifyPassword('S3cret pass', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('treat composed and decomposed Unicode alike', async () => {
    const stored = await hashPassword('Đorđe-é', TEST_SCRYPT_PARAMS);
    expect(await verifyPassword('Đorđe-e\u0301', stored)).toBe(true);
  });

  it('fail closed on malformed or out-of-bounds stored strings', async () => {
    const stored = await hashPassword('x', TEST_SCRYPT_PARAMS);
    for (const bad of [
      '',
      'plain text',
      stored.replace('ln=10', 'ln=40'),
      stored.replace(/\$[^$]+$/, '$AAAA'),
    ]) {
      expect(parsePasswordHash(bad)).toBeUndefined();
      expect(await verifyPassword('x', bad)).toBe(false);
    }
  });

  it('need rehashing when the cost changed', async () => {
    const stored = await hashPassword('x', TEST_SCRYPT_PARAMS);
    expect(needsRehash(stored, TEST_SCRYPT_PARAMS)).toBe(false);
    expect(needsRehash(stored, DEFAULT_SCRYPT_PARAMS)).toBe(true);
    expect(needsRehash('garbage')).toBe(true);
  });

  it('are deliberately slow at the production default', async () => {
    const started = performance.now();
    const stored = await hashPassword('x');
    const elapsed = performance.now() - started;
    expect(stored).toMatch(/^\$scrypt\$ln=16,r=8,p=1\$/);
    // Loose bounds: a loaded CI machine may be slower, but never as fast as the test cost.
    expect(elapsed).toBeGreaterThan(20);
  });
});
