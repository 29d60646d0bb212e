import type { LocalizedText } from '../../../../platform/kernel/localized-text.js';
import type { ConsentRecord } from '../../../../platform/referrals/consent.js';
import type { Referral, ReferralStatus } from '../../../../platform/referrals/referral.js';
import type { SharedView } from '../../../../platform/referrals/shared-view.js';
import type { TraceLine } from '../../../../platform/rules/types.js';

/** JSON shapes of the referral and consent API (mirrors `platform/cases/referrals`). */

/** A referral in the case's list (`GET /cases/:id/referrals`). */
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
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly sentAt: string | null;
  readonly responseDue: Referral['responseDue'];
  readonly completionDue: Referral['completionDue'];
  readonly overdue: Referral['overdue'];
  readonly version: number;
  readonly shared: SharedView | null;
};

/** One referral as the sending agency sees it (`GET /referrals/:id`). */
export type ReferralView = {
  readonly side: 'sender' | 'receiver';
  readonly version: number;
  readonly referral: Referral;
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
    Record<string, { readonly data: Record<string, unknown>; submittedAt: string | null }>
  >;
  readonly letter: boolean;
};

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
