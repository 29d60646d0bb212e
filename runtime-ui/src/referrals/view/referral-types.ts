import type { JsonObject } from '../../../../platform/kernel/json.js';
import type { LocalizedText } from '../../../../platform/kernel/localized-text.js';
import type {
  Referral,
  ReferralHistoryEntry,
  ReferralStatus,
  SharedView,
} from '../../../../platform/referrals/index.js';

/** JSON shapes of the referral API (`platform/cases/referrals`), as the caseworker UI reads them. */

/** A referral in the inbox or the sent list; `caseId` only for the sending side. */
export type ReferralListItem = {
  readonly id: string;
  readonly side: 'sender' | 'receiver';
  readonly caseId: string | null;
  readonly protocolId: string;
  readonly protocolName: LocalizedText | null;
  readonly status: ReferralStatus;
  readonly senderPartner: string;
  readonly receiverPartner: string | null;
  readonly receiverService: string | null;
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
export type ReferralDetail = {
  readonly side: 'sender' | 'receiver';
  readonly version: number;
  readonly referral: ReferralProcess;
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

export type { ReferralHistoryEntry, ReferralStatus, SharedView };
