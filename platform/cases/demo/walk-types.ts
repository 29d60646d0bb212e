import type { ManualClock } from '../../kernel/clock.js';
import type { JsonObject } from '../../kernel/json.js';
import type { ReferralStatus } from '../../referrals/index.js';
import type { WorkflowDefinition, WorkflowEvent } from '../../workflow/index.js';
import type { CaseStore } from '../case-store.js';
import type { CaseRecord, PersonRecord } from '../records.js';
import type { ReferralRecord } from '../referrals/referral-records.js';
import type { SiteRegistry, SiteVersion } from '../site-registry.js';
import type { CaseTarget } from './case-targets.js';
import type { Need, StaffMember } from './demo-staff.js';
import type { GeneratedPerson } from './generate-persons.js';
import type { ReferralMove } from './referral-outcomes.js';
import type { ScenarioLibrary } from './scenario-library.js';
import type { SeededRandom } from './seeded-random.js';
import type { SopOutline } from './sop-outline.js';
import type { SubmissionGoal } from './submission-choice.js';

/** A case action as the operations take it, without the actor (the executor adds who acts). */
export type CaseEvent = Exclude<WorkflowEvent, { type: 'open' | 'tick' | 'submit' }>;
export type EventSpec = CaseEvent extends infer E ? (E extends CaseEvent ? Omit<E, 'actor'> : never) : never;

/** A referral of the case being driven to its outcome, move by move. */
export type ReferralWalk = {
  readonly protocol: string;
  readonly outcome: ReferralStatus;
  readonly moves: readonly ReferralMove[];
  /** Index of the next move. */
  step: number;
  id?: string;
  /** Its version and scheduler wake-up as the last move left them. */
  known?: { readonly version: number; readonly wakeAt: number | null };
  /** When the next move happens (ms). */
  nextAt: number;
};

/** How long the next action waits after this one. */
export type Pause = 'minutes' | 'hours' | 'stage' | 'approval' | 'none';

/** The next thing a walker does to its case. */
export type Plan =
  | {
      readonly kind: 'submit';
      readonly form: string;
      readonly goal: SubmissionGoal;
      readonly overrides?: JsonObject;
      /** Fields of the form the goal's condition reads. */
      readonly probe?: readonly string[];
      readonly pause: Pause;
    }
  | { readonly kind: 'event'; readonly event: EventSpec; readonly need: Need; readonly pause: Pause }
  | { readonly kind: 'referral'; readonly referral: ReferralWalk }
  | { readonly kind: 'wait'; readonly until: number }
  | { readonly kind: 'done'; readonly why: string };

/** Shared by every walker of a run: the runtime's ports, the definitions, the staff, "now". */
export type WalkEnv = {
  readonly store: CaseStore;
  readonly registry: SiteRegistry;
  readonly clock: ManualClock;
  readonly version: SiteVersion;
  readonly def: WorkflowDefinition;
  readonly outline: SopOutline;
  readonly library: ScenarioLibrary;
  readonly staff: readonly StaffMember[];
  /** The reference "now" (ms): nothing happens after it. */
  readonly end: number;
  /** Problems met, by `<code>:<what>`, for the run's report. */
  readonly problems: Map<string, number>;
  /** Staff of another partner added to case teams under the client's consent, by role. */
  readonly jointCasework: Map<string, number>;
  /** Referrals started so far in the run (the first ones cover every outcome). */
  referralsStarted: number;
  /** Chance of a referral beyond those the SOP waits for, per stage of ongoing work. */
  readonly extraReferrals: number;
  /** Cases each worker was given so far in the run (for a supervisor's allocation). */
  readonly caseloads: Map<string, number>;
};

/** One generated case being lived through, action by action, in simulated time. */
export type CaseWalk = {
  readonly index: number;
  readonly random: SeededRandom;
  readonly person: GeneratedPerson;
  readonly owner: StaffMember;
  /** Multiplies the days between steps: some workers and clients are slower than others. */
  readonly pace: number;
  /** The target drawn for the case; `target` may change on the way (an ineligible client exits). */
  readonly planned: CaseTarget;
  target: CaseTarget;
  /** When the next action happens (ms). */
  nextAt: number;
  phase: 'register' | 'open' | 'walk' | 'done';
  personId?: string;
  caseId?: string;
  /** The case as the last operation left it (read again once the scheduler may have changed it). */
  record?: CaseRecord | undefined;
  /** The case's referrals as last read (read again after a move, or once one is due a tick). */
  referralRows?: ReferralRecord[] | undefined;
  /** The client as stored (read once). */
  client?: PersonRecord | undefined;
  /** User ids of the case team (only the walk adds members). */
  team: string[];
  reopened: boolean;
  /** When a closed case meant to be re-opened will be. */
  reopenAt?: number;
  /** Attempts at the current obstacle (a condition that other data might lift). */
  attempts: Map<string, number>;
  /** Approvals returned once already (each is returned at most once). */
  returned: Set<string>;
  /** Task instances this worker leaves undone (they fall overdue). */
  ignored: Set<string>;
  /** When the worker means to do each task it will do (ms). */
  doAt: Map<string, number>;
  failures: number;
  /** The case's referrals. */
  referrals: ReferralWalk[];
  /** Stages where an optional referral was considered (once per stage). */
  referralStages: Set<string>;
  /** Consent purposes recorded for the client, each with when the consent runs out (ms). */
  consents: Map<string, number>;
  /** Why the walk ended (`target`, `stuck:<stage>:<code>`, `time`…). */
  ended?: string;
};
