import { sql } from 'drizzle-orm';
import { check, foreignKey, index, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { REFERRAL_STATUSES } from '../../definitions/facts/case-facts.js';
import type {
  ConsentRecord,
  DisclosureEntry,
  Referral,
  ReferralStatus,
  SharedView,
} from '../../referrals/index.js';
import { cases } from '../schema/cases.js';
import { createdAtColumn, idColumn, siteIdColumn, timestamptz, versionColumn } from '../schema/columns.js';
import { persons } from '../schema/persons.js';

/** The statuses of a referral, as the case facts and the referral engine name them. */
const STATUS_LIST = sql.raw(REFERRAL_STATUSES.map((s) => `'${s}'`).join(', '));

/**
 * One referral of a case to another agency or an outside organisation. `state` is the referral
 * engine's whole state (timeline included); the columns beside it are copies for indexes: the
 * receiver's inbox, the sender's list, the case's referrals and the scheduler's wake-ups.
 * Changed only with its event, in one transaction guarded by `version`.
 */
export const referrals = pgTable(
  'referrals',
  {
    id: idColumn(),
    siteId: siteIdColumn(),
    caseId: uuid('case_id').notNull(),
    personId: uuid('person_id').notNull(),
    protocolId: text('protocol_id').notNull(),
    /** Partner id of the sending agency. */
    senderPartner: text('sender_partner').notNull(),
    /** Partner id of the receiving agency; null for an organisation outside the partnership. */
    receiverPartner: text('receiver_partner'),
    /** The directory service aimed at, if any. */
    receiverService: text('receiver_service'),
    status: text('status').$type<ReferralStatus>().notNull(),
    state: jsonb('state').$type<Referral>().notNull(),
    /** When the scheduler must tick the referral (a running deadline passing); null: never. */
    nextWakeAt: timestamptz('next_wake_at'),
    createdAt: createdAtColumn(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    version: versionColumn(),
  },
  (t) => [
    check('referrals_status_check', sql`${t.status} in (${STATUS_LIST})`),
    unique('referrals_site_id_key').on(t.siteId, t.id),
    // The receiving agency's inbox and the sending agency's list, newest changes first.
    index('referrals_inbox_idx').on(t.siteId, t.receiverPartner, t.status, t.updatedAt),
    index('referrals_sender_idx').on(t.siteId, t.senderPartner, t.updatedAt),
    index('referrals_site_updated_idx').on(t.siteId, t.updatedAt, t.id),
    index('referrals_case_idx').on(t.siteId, t.caseId),
    index('referrals_next_wake_idx').on(t.nextWakeAt).where(sql`${t.nextWakeAt} is not null`),
    foreignKey({
      name: 'referrals_case_fk',
      columns: [t.siteId, t.caseId],
      foreignColumns: [cases.siteId, cases.id],
    }),
    foreignKey({
      name: 'referrals_person_fk',
      columns: [t.siteId, t.personId],
      foreignColumns: [persons.siteId, persons.id],
    }),
  ],
);

/**
 * The consent registry: one row per consent a person gave (purpose, recipients, giver, mode,
 * evidence, expiry in `record`). A record is never edited except to add its withdrawal.
 */
export const consents = pgTable(
  'consents',
  {
    id: idColumn(),
    siteId: siteIdColumn(),
    personId: uuid('person_id').notNull(),
    purpose: text('purpose').notNull(),
    record: jsonb('record').$type<ConsentRecord>().notNull(),
    givenAt: timestamptz('given_at').notNull(),
    withdrawnAt: timestamptz('withdrawn_at'),
    version: versionColumn(),
  },
  (t) => [
    index('consents_person_idx').on(t.siteId, t.personId, t.givenAt),
    foreignKey({
      name: 'consents_person_fk',
      columns: [t.siteId, t.personId],
      foreignColumns: [persons.siteId, persons.id],
    }),
  ],
);

/**
 * The per-person disclosure log: who received or saw which data, when, under which consent
 * (`entry`), and the exact snapshot that was disclosed (`shared`) — what a referral's receiver
 * may read of it afterwards. Append-only by convention: rows are inserted, never changed.
 */
export const disclosures = pgTable(
  'disclosures',
  {
    id: idColumn(),
    siteId: siteIdColumn(),
    personId: uuid('person_id').notNull(),
    referralId: uuid('referral_id'),
    /** The receiving partner id, or `service:<id>` for an organisation outside the partnership. */
    recipientPartner: text('recipient_partner').notNull(),
    at: timestamptz('at').notNull(),
    entry: jsonb('entry').$type<DisclosureEntry>().notNull(),
    shared: jsonb('shared').$type<SharedView>(),
  },
  (t) => [
    index('disclosures_person_idx').on(t.siteId, t.personId, t.at),
    index('disclosures_referral_idx').on(t.siteId, t.referralId, t.at),
    foreignKey({
      name: 'disclosures_person_fk',
      columns: [t.siteId, t.personId],
      foreignColumns: [persons.siteId, persons.id],
    }),
    foreignKey({
      name: 'disclosures_referral_fk',
      columns: [t.siteId, t.referralId],
      foreignColumns: [referrals.siteId, referrals.id],
    }),
  ],
);
