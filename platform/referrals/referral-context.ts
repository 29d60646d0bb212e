import type { Permission } from '../definitions/definition-types.generated.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import type { JsonObject } from '../kernel/json.js';
import type { Evaluator } from '../rules/index.js';
import type { ConsentRecord } from './consent.js';
import type { CaseData } from './shared-view.js';

/**
 * Who acts: a user in one membership (a role at one partner agency) with that role's permissions.
 * The access module's `Actor` has this shape, so the runtime passes it as it is.
 */
export type ReferralActor = {
  readonly userId: string;
  readonly partnerId: string;
  readonly roleId: string;
  readonly permissions: ReadonlySet<Permission>;
  readonly locale?: string;
};

/**
 * What a referral step may read besides the referral: the checked site, the actor, and what the
 * runtime loaded for the case. The engine reads nothing else, so the runtime decides (and
 * audits) what it loads.
 */
export type ReferralContext = {
  readonly bundle: SiteBundle;
  /** `null` only for `tick` (the scheduler). */
  readonly actor: ReferralActor | null;
  /** The person's consent records (others are ignored). Read by `send`. */
  readonly consents?: readonly ConsentRecord[];
  /** The case facts (`workflow.caseFactsOf`) the eligibility conditions read. Read by `send`. */
  readonly caseFacts?: unknown;
  /** Registration and latest form data, for the shared snapshot and the letter. Read by `send`. */
  readonly caseData?: CaseData;
  /** Latest submitted data of this referral's own forms (referral form, counter-referral), by form id. */
  readonly referralForms?: Readonly<Record<string, JsonObject>>;
  /** The bundle's evaluator; one is made (and cached per bundle) when absent. */
  readonly evaluator?: Evaluator;
  /** Locale of explanations; default the actor's, then the site's default. */
  readonly locale?: string;
};
