/**
 * Keys of PostgreSQL advisory locks taken by the platform, in the two-integer form
 * `pg_advisory_lock(namespace, key)`. Each purpose has its own namespace so keys never collide.
 * Both PGlite and PostgreSQL implement them; on PGlite (one connection) they are uncontended.
 */
export const LOCK_NAMESPACE = {
  /** Held while migrations run, so servers starting together apply them once. */
  migrations: 0x50_41_54_48,
  /** Per event stream (key = `hashtext(stream_id::text)`), serialising appends to one stream. */
  eventStream: 0x50_41_54_49,
  /** Per site (key = `hashtext(site_id)`), serialising publication of definition versions. */
  sitePublication: 0x50_41_54_4a,
  /** Held by the scheduler loop of one process at a time per sweep. */
  scheduler: 0x50_41_54_4b,
} as const;
