import type { SiteBundle } from '../../definitions/site-bundle.js';
import type { JsonObject } from '../../kernel/json.js';
import type { PersonRecord } from '../records.js';
import { registrationFields } from '../registration-fields.js';
import { type GeneratedPerson, generatePersons } from './generate-persons.js';
import { seededUuid } from './seeded-id.js';
import { seededRandom } from './seeded-random.js';

/** The fields of an event its hash covers: the storage's `eventHash` input (injected, not imported). */
export type HashedFields = {
  readonly siteId: string;
  readonly streamType: 'person';
  readonly streamId: string;
  readonly seq: number;
  readonly type: string;
  readonly actorUserId: string | null;
  readonly actorPartner: string | null;
  readonly at: Date;
  readonly payload: JsonObject;
  readonly visibility: null;
};

/** A person's first history event as a row: `seq` 1, no previous hash, its own hash. */
export type BulkEventRow = HashedFields & {
  readonly id: string;
  readonly prevHash: null;
  readonly hash: string;
};

/** One person as the rows `registerPerson` would write: the person (with identifiers) and the event. */
export type BulkPersonRows = { readonly person: PersonRecord; readonly event: BulkEventRow };

/** Writes a batch of persons in one transaction (multi-row inserts): the storage's side. */
export type BulkSink = { write(batch: readonly BulkPersonRows[]): Promise<void> };

export type BulkPersonsOptions = {
  readonly bundle: SiteBundle;
  /** The published version the registrations were made under (recorded in each event). */
  readonly versionId: string;
  readonly count: number;
  readonly seed?: string | number;
  readonly now?: Date;
  /** First person index (to write a slice); default 0. */
  readonly from?: number;
  /** Who registered them: a user and their agency. */
  readonly registrar: { readonly userId: string; readonly partnerId: string };
  /** The storage's event hash (`eventHash` of `storage/event-hash.ts`). */
  readonly hashEvent: (prevHash: string | null, fields: HashedFields) => string;
  /** Persons per transaction; default 5000. */
  readonly batchSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
};

/**
 * Writes `count` generated persons straight to the store in large batches — the same person rows,
 * identifiers and hash-chained `person.registered` events `registerPerson` writes, without its
 * per-person duplicate check and transaction. Ids are deterministic (UUIDv7 from the registration
 * time and the seed). Generation of the next batch overlaps the write of the previous one.
 */
export async function writePersonsBulk(sink: BulkSink, options: BulkPersonsOptions): Promise<number> {
  const batchSize = options.batchSize ?? 5000;
  const generator = generatePersons({
    bundle: options.bundle,
    count: options.count,
    seed: options.seed ?? 1,
    ...(options.now ? { now: options.now } : {}),
    ...(options.from !== undefined ? { from: options.from } : {}),
  });
  let pending: Promise<void> = Promise.resolve();
  let done = 0;
  let batch: BulkPersonRows[] = [];
  const flush = async () => {
    const rows = batch;
    batch = [];
    await pending;
    pending = sink.write(rows).then(() => {
      done += rows.length;
      options.onProgress?.(done, options.count);
    });
  };
  for (const person of generator) {
    batch.push(bulkRows(options, person));
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
  await pending;
  return done;
}

/** Person `index` of a bulk run again, with the same ids (to open cases for a sample of them). */
export function bulkPerson(options: BulkPersonsOptions, index: number): BulkPersonRows {
  const [person] = generatePersons({
    bundle: options.bundle,
    count: 1,
    from: index,
    seed: options.seed ?? 1,
    ...(options.now ? { now: options.now } : {}),
  });
  if (person === undefined) throw new Error(`No person ${index}.`);
  return bulkRows(options, person);
}

/** The rows of one generated person, as `registerPerson` would write them. */
function bulkRows(options: BulkPersonsOptions, generated: GeneratedPerson): BulkPersonRows {
  const ids = seededRandom(`${options.seed ?? 1}/ids:${options.bundle.siteId}/${generated.index}`);
  const id = seededUuid(ids, generated.registeredAt.getTime());
  const registration = options.bundle.site.registration;
  if (registration === undefined) throw new Error(`Site ${options.bundle.siteId} has no registration.`);
  const at = generated.registeredAt;
  const person: PersonRecord = {
    id,
    siteId: options.bundle.siteId,
    data: generated.data,
    ...registrationFields(registration, generated.data),
    createdAt: at,
    createdBy: options.registrar.userId,
    updatedAt: at,
    version: 1,
  };
  const fields: HashedFields = {
    siteId: person.siteId,
    streamType: 'person',
    streamId: id,
    seq: 1,
    type: 'person.registered',
    actorUserId: options.registrar.userId,
    actorPartner: options.registrar.partnerId,
    at,
    // Exactly what jsonb gives back (no undefined), as the hash must match a re-read.
    payload: JSON.parse(JSON.stringify({ data: generated.data, definitionVersionId: options.versionId })),
    visibility: null,
  };
  const eventId = seededUuid(ids, at.getTime());
  return { person, event: { ...fields, id: eventId, prevHash: null, hash: options.hashEvent(null, fields) } };
}
