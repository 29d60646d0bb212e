import { createHash } from 'node:crypto';
import { canonicalJson } from '../kernel/canonical-json.js';
import type { JsonObject, JsonValue } from '../kernel/json.js';
import type { StreamType } from './schema/events.js';

/** The fields of an event that its hash covers (everything but its id and the hashes). */
export type HashedEventFields = {
  readonly siteId: string;
  readonly streamType: StreamType;
  readonly streamId: string;
  readonly seq: number;
  readonly type: string;
  readonly actorUserId: string | null;
  readonly actorPartner: string | null;
  readonly at: Date;
  readonly payload: JsonObject;
  readonly visibility: JsonValue | null;
};

/**
 * `sha256(prevHash + canonicalJson(fields))` as hex, with `at` as an ISO string and no previous
 * hash for the first event of a stream. Changing any field of any event changes its hash, and
 * every later event names the hash before it, so tampering shows up when the chain is recomputed.
 */
export function eventHash(prevHash: string | null, fields: HashedEventFields): string {
  const canonical = canonicalJson({
    siteId: fields.siteId,
    streamType: fields.streamType,
    streamId: fields.streamId,
    seq: fields.seq,
    type: fields.type,
    actorUserId: fields.actorUserId,
    actorPartner: fields.actorPartner,
    at: fields.at.toISOString(),
    payload: fields.payload,
    visibility: fields.visibility,
  });
  return createHash('sha256')
    .update(prevHash ?? '')
    .update(canonical)
    .digest('hex');
}
