import type { SiteBundle } from '../../definitions/site-bundle.js';
import type { JsonObject } from '../../kernel/json.js';
import { type CaseTarget, targetCatalogue, targetFor } from './case-targets.js';
import type { StaffMember } from './demo-staff.js';
import { generatePerson } from './generate-persons.js';
import type { SeededRandom } from './seeded-random.js';
import type { SopOutline } from './sop-outline.js';
import type { CaseWalk } from './walk-types.js';

const DAY = 86_400_000;
/** Cases start within the last 18 months. */
const WINDOW_DAYS = 540;

/** A client already in the database (bulk mode) whose case the walk opens. */
export type RegisteredPerson = {
  readonly id: string;
  readonly data: JsonObject;
  readonly registeredAt: Date;
};

export type WalkPlanInput = {
  readonly bundle: SiteBundle;
  readonly outline: SopOutline;
  readonly openers: readonly StaffMember[];
  readonly root: SeededRandom;
  readonly count: number;
  readonly end: number;
  readonly registered?: readonly RegisteredPerson[];
  /** `light`: shorter histories of open cases (fewer reviews), for a quick first start. */
  readonly detail?: Detail;
};

/** How much history the cases get: `full` (the default) or `light` (a first start's quick set). */
export type Detail = 'full' | 'light';

/**
 * One walk per case: its target (the first ones cover the whole catalogue of stages, exits and
 * reasons), its key worker (in turn among those who may open cases), its pace, its client and when
 * it starts — early enough to reach the target by "now", spread over the last 18 months.
 */
export function planWalks(input: WalkPlanInput): CaseWalk[] {
  const catalogue = targetCatalogue(input.outline);
  const order = input.root.fork('order').shuffle(catalogue.map((_, i) => i));
  const walks: CaseWalk[] = [];
  for (let index = 0; index < input.count; index++) {
    const random = input.root.fork(`case:${index}`);
    const target = targetFor(index, catalogue, order, random.fork('target'));
    const pace = random.pick([0.6, 0.8, 1, 1, 1, 1.3, 1.7, 2.5]);
    const known = input.registered?.[index];
    const start = Math.max(
      startOf(input.outline, target, pace, random, input),
      (known?.registeredAt.getTime() ?? 0) + 3_600_000,
    );
    const person = known ?? undefined;
    // Clients of cases meant to go far fit the target group; early exits meet anyone.
    const exit = target.kind === 'closed' && input.outline.exits.get(target.stage)?.includes(target.reason);
    const typical = !random.chance(exit ? 0.5 : 0.1);
    const generated = generatePerson(input.bundle, random.fork('person'), index, new Date(start), typical);
    walks.push({
      index,
      random: random.fork('walk'),
      person: person === undefined ? generated : { ...generated, data: person.data },
      owner: input.openers[index % input.openers.length] as StaffMember,
      pace,
      planned: target,
      target,
      nextAt: start,
      phase: person === undefined ? 'register' : 'open',
      ...(person === undefined ? {} : { personId: person.id }),
      team: [],
      reopened: false,
      attempts: new Map(),
      returned: new Set(),
      ignored: new Set(),
      doAt: new Map(),
      failures: 0,
      referrals: [],
      referralStages: new Set(),
      consents: new Map(),
    });
  }
  return walks;
}

/** When a case starts: the time its path needs (at its pace) plus some slack, before "now". */
function startOf(
  outline: SopOutline,
  target: CaseTarget,
  pace: number,
  random: SeededRandom,
  input: WalkPlanInput,
) {
  const steps = outline.paths.get(target.stage)?.length ?? 1;
  let days = steps * 8 * pace;
  if (target.kind === 'closed' || target.kind === 'reopened') days += 10 * pace;
  if (target.kind === 'reopened') days += 70 + steps * 4 * pace;
  // Open cases in a stage of recurring reviews have been there a while (a light run: less long).
  const resting = outline.sop.reviews?.some((r) => r.during.includes(target.stage)) ?? false;
  const long = input.detail === 'light' ? 60 : 240;
  const slack =
    target.kind === 'open'
      ? random.int(0, resting ? long : 30)
      : target.kind === 'passive'
        ? random.int(0, Math.min(150, long))
        : random.int(0, Math.max(0, WINDOW_DAYS - days - 5));
  return input.end - Math.min(WINDOW_DAYS, days + slack) * DAY;
}
