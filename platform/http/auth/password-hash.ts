import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt cost parameters: N = 2^logN (CPU and memory), r (block size), p (parallelism). */
export type ScryptParams = {
  readonly logN: number;
  readonly r: number;
  readonly p: number;
};

/**
 * Production cost: N = 2^16, r = 8, p = 1 uses 64 MiB and takes ~140 ms per hash on the 2-core
 * reference machine — slow enough to make offline guessing expensive, fast enough for sign-in.
 */
export const DEFAULT_SCRYPT_PARAMS: ScryptParams = { logN: 16, r: 8, p: 1 };

/** For tests only: well under a millisecond per hash. Never use for real accounts. */
export const TEST_SCRYPT_PARAMS: ScryptParams = { logN: 10, r: 8, p: 1 };

const SALT_BYTES = 16;
const KEY_BYTES = 32;
const PREFIX = '$scrypt$';
// Bounds on what a stored string may ask for, so a corrupted row cannot make us allocate gigabytes.
const MAX_LOG_N = 20;
const MAX_R = 32;
const MAX_P = 16;

function derive(password: string, salt: Buffer, params: ScryptParams, keyLength: number): Promise<Buffer> {
  const N = 2 ** params.logN;
  // Node's default memory cap (32 MiB) is below what N = 2^16, r = 8 needs (128·N·r bytes).
  const maxmem = 128 * N * params.r * 2;
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFC'),
      salt,
      keyLength,
      { N, r: params.r, p: params.p, maxmem },
      (error, key) => (error === null ? resolve(key) : reject(error)),
    );
  });
}

/**
 * Hashes a password with scrypt and a random salt. The result is self-describing, in the PHC
 * string style: `$scrypt$ln=16,r=8,p=1$<salt>$<key>` (base64 without padding), so the cost can
 * change later without invalidating stored hashes.
 */
export async function hashPassword(
  password: string,
  params: ScryptParams = DEFAULT_SCRYPT_PARAMS,
): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, params, KEY_BYTES);
  return `${PREFIX}ln=${params.logN},r=${params.r},p=${params.p}$${b64(salt)}$${b64(key)}`;
}

/** A parsed password hash; `undefined` from `parsePasswordHash` when the string is not one of ours. */
export type ParsedPasswordHash = {
  readonly params: ScryptParams;
  readonly salt: Buffer;
  readonly key: Buffer;
};

/** Reads a string made by `hashPassword`; anything else (or out-of-bounds costs) gives `undefined`. */
export function parsePasswordHash(stored: string): ParsedPasswordHash | undefined {
  const match = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(
    stored,
  );
  if (match === null) return undefined;
  const [, logN, r, p, salt, key] = match;
  const params = { logN: Number(logN), r: Number(r), p: Number(p) };
  if (params.logN < 1 || params.logN > MAX_LOG_N || params.r < 1 || params.r > MAX_R) return undefined;
  if (params.p < 1 || params.p > MAX_P) return undefined;
  const parsed = { params, salt: Buffer.from(salt ?? '', 'base64'), key: Buffer.from(key ?? '', 'base64') };
  return parsed.key.length >= 16 ? parsed : undefined;
}

/**
 * Checks a password against a stored hash in constant time. A malformed stored hash is a
 * mismatch, never an exception: sign-in must fail closed and uniformly.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parsePasswordHash(stored);
  if (parsed === undefined) return false;
  const key = await derive(password, parsed.salt, parsed.params, parsed.key.length);
  return timingSafeEqual(key, parsed.key);
}

/** Whether a stored hash was made with other parameters than `params` (then rehash on sign-in). */
export function needsRehash(stored: string, params: ScryptParams = DEFAULT_SCRYPT_PARAMS): boolean {
  const parsed = parsePasswordHash(stored);
  if (parsed === undefined) return true;
  const { logN, r, p } = parsed.params;
  return logN !== params.logN || r !== params.r || p !== params.p || parsed.key.length !== KEY_BYTES;
}

function b64(bytes: Buffer): string {
  return bytes.toString('base64').replace(/=+$/, '');
}
