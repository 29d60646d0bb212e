import { stateOf } from '../case-workflow.js';
import type { CaseWalk, WalkEnv } from './walk-types.js';

/** What a demo run produced, read back from the store. */
export type SeedDemoReport = {
  readonly siteId: string;
  readonly persons: number;
  readonly cases: number;
  /** Open and passive cases by stage. */
  readonly byStage: Readonly<Record<string, number>>;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly closureReasons: Readonly<Record<string, number>>;
  readonly reopened: number;
  /** Open and passive cases by key worker (display name). */
  readonly caseloads: Readonly<Record<string, number>>;
  /** The cases' referrals by status. */
  readonly referrals: Readonly<Record<string, number>>;
  /** Open case tasks (SOP tasks, reviews, approvals, follow-ups) past their deadline at "now". */
  readonly overdueTasks: number;
  /** Referral deadlines missed and still open (an answer or a completion late); each has task rows for the sender and, on the system, the receiver. */
  readonly overdueReferralTasks: number;
  /** How the walks ended (`target`, `time`, `stuck:<stage>:<why>`…). */
  readonly endings: Readonly<Record<string, number>>;
  /** Staff of another partner added to case teams under the client's consent (joint casework), by role. */
  readonly jointCasework: Readonly<Record<string, number>>;
  /** Operations the runtime refused and data that could not be made, by code. */
  readonly problems: Readonly<Record<string, number>>;
  readonly seconds: number;
};

/** Counts the cases of a run by stage, status and closure reason, and their overdue tasks. */
export async function seedReport(
  env: WalkEnv,
  walks: readonly CaseWalk[],
  seconds: number,
): Promise<SeedDemoReport> {
  const byStage: Record<string, number> = {};
  const byStatus: Record<string, number> = {};
  const closureReasons: Record<string, number> = {};
  const endings: Record<string, number> = {};
  const referrals: Record<string, number> = {};
  const caseloads: Record<string, number> = {};
  const names = new Map(env.staff.map((m) => [m.userId, m.displayName]));
  const add = (map: Record<string, number>, key: string) => {
    map[key] = (map[key] ?? 0) + 1;
  };
  let cases = 0;
  let reopened = 0;
  let overdueTasks = 0;
  let overdueReferralTasks = 0;
  for (const w of walks) {
    add(endings, w.ended ?? 'unfinished');
    const record =
      w.caseId === undefined ? undefined : await env.store.caseById(env.version.siteId, w.caseId);
    if (record === undefined) continue;
    cases += 1;
    add(byStatus, record.status);
    if (record.status === 'closed') add(closureReasons, record.closureReason ?? '?');
    else {
      add(byStage, record.stage);
      add(caseloads, names.get(record.ownerUserId ?? '') ?? 'nobody');
    }
    if (record.reopenedCount > 0) reopened += 1;
    overdueTasks += stateOf(record).tasks.filter((t) => t.status === 'open' && t.overdue).length;
    if (w.referrals.length === 0) continue;
    for (const r of await env.store.referralsOfCase(record.siteId, record.id)) {
      add(referrals, r.status);
      overdueReferralTasks += r.state.openTasks.length;
    }
  }
  return {
    siteId: env.version.siteId,
    persons: walks.filter((w) => w.personId !== undefined).length,
    cases,
    byStage,
    byStatus,
    closureReasons,
    reopened,
    caseloads,
    referrals,
    overdueTasks,
    overdueReferralTasks,
    endings,
    jointCasework: Object.fromEntries(env.jointCasework),
    problems: Object.fromEntries(env.problems),
    seconds: Math.round(seconds * 10) / 10,
  };
}

/** A run's report as a few lines of text (the `seed-demo` command prints it). */
export function formatSeedReport(report: SeedDemoReport, engine: string): string {
  const line = (label: string, counts: Readonly<Record<string, number>>) =>
    `  ${label}: ${Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}\n`;
  const overdue = `${report.overdueTasks} case tasks, ${report.overdueReferralTasks} referral deadlines`;
  return (
    `${report.siteId}: ${report.cases} cases of ${report.persons} clients in ${report.seconds} s (${engine})\n` +
    line('status', report.byStatus) +
    line('open/passive by stage', report.byStage) +
    line('closure reasons', report.closureReasons) +
    line('referrals', report.referrals) +
    line('open/passive cases by key worker', report.caseloads) +
    `  re-opened: ${report.reopened}, overdue now: ${overdue}\n` +
    (Object.keys(report.jointCasework).length > 0
      ? line('joined the team under the client’s consent', report.jointCasework)
      : '') +
    (Object.keys(report.problems).length > 0 ? line('refused or not generated', report.problems) : '')
  );
}
