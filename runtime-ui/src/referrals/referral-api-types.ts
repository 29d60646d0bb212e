import type { JsonObject } from '../../../platform/kernel/json.js';
import type { LocalizedText } from '../../../platform/kernel/localized-text.js';
import type { ConsentRecord } from '../../../platform/referrals/consent.js';
import type {
  Referral,
  ReferralHistoryEntry,
  ReferralStatus,
  SharedView,
} from '../../../platform/referrals/index.js';
import type { TraceLine } from '../../../platform/rules/types.js';

/**
 * JSON shapes of the referral and consent API (mirrors `platform/cases/referrals`), as both the
 * sending and the receiving side of the caseworker UI read them.
 */

/** A referral in a list (the case's, the inbox, the sent list); `caseId` only for the sending side. */
export type ReferralSummary = {
  readonly id: string;
  readonly side: 'sender' | 'receiver';
  readonly caseId: string | null;
  readonly protocolId: string;
  readonly protocolName: LocalizedText | null;
  readonly status: ReferralStatus;
  readonly senderPartner: string;
  readonly receiverPartner: string | null;
  readonly receiverService: string | null;
  /** The action-plan step the referral carries out (`planLink`); sending side only. */
  readonly planStep?: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly sentAt: string | null;
  readonly responseDue: Referral['responseDue'];
  readonly completionDue: Referral['completionDue'];
  readonly overdue: Referral['overdue'];
  readonly version: number;
  readonly shared: SharedView | null;
};

/** The referral's process as the receiver sees it (no plan link, consent, case or client ids). */
export type ReferralProcess = Omit<Referral, 'planStep' | 'consentId' | 'caseId' | 'personId'> &
  Partial<Pick<Referral, 'planStep' | 'consentId' | 'caseId' | 'personId'>>;

/** `GET /referrals/:id`: the referral as the caller's agency sees it. */
export type ReferralView<R extends ReferralProcess = ReferralProcess> = {
  readonly side: 'sender' | 'receiver';
  readonly version: number;
  readonly referral: R;
  readonly protocol: {
    readonly id: string;
    readonly name: LocalizedText | null;
    readonly form: string | null;
    readonly feedbackForm: string | null;
  };
  readonly shared: SharedView | null;
  readonly sharedAt: string | null;
  readonly current: SharedView | null;
  readonly forms: Readonly<
    Record<string, { readonly data: JsonObject; readonly submittedAt: string | null }>
  >;
  readonly letter: boolean;
};

/** A referral as its sender sees it (drafts, letters): the whole referral. */
export type SenderReferralView = ReferralView<Referral>;

/** A directory service as a referral target for the case, and why (`GET /cases/:id/eligible-services`). */
export type ServiceEligibility = {
  readonly service: string;
  readonly name: LocalizedText;
  readonly eligible: boolean;
  readonly explanation: readonly TraceLine[];
  readonly referral: string | null;
  readonly status: 'active' | 'gap' | 'inactive' | string;
  readonly error?: string;
};

/** A consent record with whether it is in force (`GET /persons/:id/consents`). */
export type ConsentView = ConsentRecord & {
  readonly state: 'active' | 'expired' | 'withdrawn';
  readonly version: number;
};

/** The client's disclosure log (`GET /persons/:id/disclosures`). */
export type DisclosureLog = {
  readonly personId: string;
  readonly locale: string;
  readonly entries: readonly { readonly id: string; readonly at: string }[];
  readonly report: readonly { readonly at: string; readonly text: string }[];
};

/** The printable referral letter (`GET /referrals/:id/letter`). */
export type ReferralLetter = {
  readonly locale: string;
  readonly title: string;
  readonly body: string;
  readonly lines: readonly { form: string; label: string; value: string; depth: number }[];
};

export type { ReferralHistoryEntry, ReferralStatus, SharedView };
