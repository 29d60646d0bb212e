/**
 * Name-based UUIDs (RFC 9562 version 5): the same namespace and name always give the same id, so
 * a document exported twice names its records the same way. Written without Node's `crypto` so
 * the pure engines (and the browser) can use it; SHA-1 here is a naming function, not security.
 */

const HEX = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function uuidBytes(uuid: string): number[] {
  if (!HEX.test(uuid)) throw new Error(`Not a UUID: ${uuid}`);
  const hex = uuid.replaceAll('-', '');
  return Array.from({ length: 16 }, (_, i) => Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16));
}

const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));

/** SHA-1 of a byte string (FIPS 180-4). */
function sha1(bytes: readonly number[]): number[] {
  const length = bytes.length;
  const padded = [...bytes, 0x80];
  while (padded.length % 64 !== 56) padded.push(0);
  const bits = length * 8;
  for (let i = 7; i >= 0; i--)
    padded.push(i >= 4 ? Math.floor(bits / 2 ** (i * 8)) & 0xff : (bits >>> (i * 8)) & 0xff);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Array<number>(80);
  for (let block = 0; block < padded.length; block += 64) {
    for (let t = 0; t < 16; t++) {
      const o = block + t * 4;
      w[t] =
        ((padded[o] ?? 0) << 24) |
        ((padded[o + 1] ?? 0) << 16) |
        ((padded[o + 2] ?? 0) << 8) |
        (padded[o + 3] ?? 0);
    }
    for (let t = 16; t < 80; t++)
      w[t] = rotl((w[t - 3] ?? 0) ^ (w[t - 8] ?? 0) ^ (w[t - 14] ?? 0) ^ (w[t - 16] ?? 0), 1);
    let [a, b, c, d, e] = h as [number, number, number, number, number];
    for (let t = 0; t < 80; t++) {
      const [f, k] =
        t < 20
          ? [(b & c) | (~b & d), 0x5a827999]
          : t < 40
            ? [b ^ c ^ d, 0x6ed9eba1]
            : t < 60
              ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
              : [b ^ c ^ d, 0xca62c1d6];
      const temp = (rotl(a, 5) + f + e + k + (w[t] ?? 0)) | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = temp;
    }
    h[0] = ((h[0] ?? 0) + a) | 0;
    h[1] = ((h[1] ?? 0) + b) | 0;
    h[2] = ((h[2] ?? 0) + c) | 0;
    h[3] = ((h[3] ?? 0) + d) | 0;
    h[4] = ((h[4] ?? 0) + e) | 0;
  }
  return h.flatMap((x) => [(x >>> 24) & 0xff, (x >>> 16) & 0xff, (x >>> 8) & 0xff, x & 0xff]);
}

/** The version-5 UUID of `name` (UTF-8) in `namespace` (a UUID). */
export function nameUuid(namespace: string, name: string): string {
  const digest = sha1([...uuidBytes(namespace), ...new TextEncoder().encode(name)]).slice(0, 16);
  digest[6] = ((digest[6] ?? 0) & 0x0f) | 0x50;
  digest[8] = ((digest[8] ?? 0) & 0x3f) | 0x80;
  const hex = digest.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
