/** Why data reached someone: a referral was sent, a receiver opened shared data, or emergency access. */
export type DisclosureReason = 'referral' | 'access' | 'break_glass';

/**
 * One entry of a person's disclosure log: who saw or received which data, when, and under which
 * consent. `fields` are `<form>/<path>` of the fields that had a value. Break-glass access has
 * no consent (`purpose` and `consentId` are `null`).
 */
export type DisclosureEntry = {
  at: string;
  personId: string;
  /** The receiving partner id, or `service:<id>` for an organisation outside the partnership. */
  recipientPartner: string;
  recipientUser?: string;
  purpose: string | null;
  consentId: string | null;
  fields: string[];
  reason: DisclosureReason;
  /** The referral the data travelled with. */
  referralId?: string;
};
