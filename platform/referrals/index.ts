/**
 * Pathway's referral and consent engines, pure and shared by the server and the browser: the
 * referral state machine (`referralStep`), the data a receiver may see (`sharedView`), the consent
 * registry and disclosure log, referral facts for SOP conditions, the services a client is
 * eligible for, and the printable referral letter.
 */

export { clientLocale } from './client-text.js';
export {
  activeConsent,
  CONSENT_GIVERS,
  CONSENT_MODES,
  type ConsentCheck,
  type ConsentGap,
  type ConsentGiver,
  type ConsentMode,
  type ConsentRecord,
} from './consent.js';
export type { DisclosureEntry, DisclosureReason } from './disclosure.js';
export { DISCLOSURE_PHRASES } from './disclosure-phrases.js';
export {
  type DisclosureReportLine,
  type DisclosureReportOptions,
  disclosureReport,
} from './disclosure-report.js';
export { bundleEvaluator, checkEligibility, type EligibilityCheck } from './eligibility.js';
export { eligibleServices, type ServiceEligibility } from './eligible-services.js';
export { FAIL_REASONS } from './event-specs.js';
export {
  type JointCaseworkCheck,
  type JointCaseworkGap,
  jointCaseworkConsent,
} from './joint-casework.js';
export { overdueTaskId, referralWakeUp } from './overdue.js';
export { isRecipientKey, receiverKey, receiverOf, recipientName } from './receiver.js';
export { type ReceiverAccess, receiverAccess } from './receiver-access.js';
export {
  type ConsentInput,
  type ConsentProblem,
  type ConsentResult,
  recordConsent,
  withdrawConsent,
} from './record-consent.js';
export type {
  FailReason,
  Referral,
  ReferralHistoryEntry,
  ReferralParty,
  ReferralReceiver,
  ReferralStatus,
  ResponsibilityHolder,
} from './referral.js';
export type { ReferralBlock } from './referral-block.js';
export type { ReferralActor, ReferralContext } from './referral-context.js';
export type {
  OverdueKind,
  ReferralEffect,
  ReferralEffectType,
  ReferralTask,
  TaskCloseCause,
} from './referral-effect.js';
export type { RecordedAnswer, ReferralEvent, ReferralEventType } from './referral-event.js';
export { type ReferralFact, referralFacts } from './referral-facts.js';
export { type ReferralLetter, type ReferralLetterLine, referralLetter } from './referral-letter.js';
export { referralStep } from './referral-step.js';
export type { ReferralStepResult } from './referral-step-result.js';
export { type ReceiverReferral, type ReferralSide, referralFor, sideOf } from './referral-view.js';
export {
  type CaseData,
  disclosedFields,
  type SharedField,
  type SharedView,
  sharedView,
} from './shared-view.js';
export { signatureFields, unsignedFields } from './signature-fields.js';
