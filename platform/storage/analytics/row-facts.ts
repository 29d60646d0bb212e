/**
 * The facts of one stored record, built in process the way the runtime builds them: case facts by
 * the SOP engine's own `caseFactsOf` over the stored workflow state, plus the entity's record
 * (`task`, `submission` and `data`). Used where SQL cannot evaluate an expression, and to check
 * that the SQL mapping reads exactly these facts.
 */
import { settingValues } from '../../definitions/evaluator-options.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { dateInZone } from '../../kernel/dates.js';
import type { JsonObject } from '../../kernel/json.js';
import { referralFacts } from '../../referrals/index.js';
import {
  type CaseState,
  caseFactsOf,
  type WorkflowDefinition,
  workflowDefinition,
} from '../../workflow/index.js';
import type { PopulationRow } from './population-rows.js';
import type { PopulationSource } from './population-source.js';

type Facts = Record<string, unknown>;

/** Builds the facts of one stored record. */
export type RowFacts = (row: PopulationRow) => Facts;

/** The engine's definition for a case's SOP; a SOP the active version dropped keeps its id. */
function definitions(bundle: SiteBundle): (sopId: string) => WorkflowDefinition | undefined {
  const cache = new Map<string, WorkflowDefinition | undefined>();
  const any = Object.keys(bundle.sops)[0];
  return (sopId) => {
    if (!cache.has(sopId)) {
      const known = bundle.sops[sopId] !== undefined;
      const base = known
        ? workflowDefinition(bundle, sopId)
        : any
          ? workflowDefinition(bundle, any)
          : undefined;
      cache.set(sopId, base && (known ? base : { ...base, sop: { ...base.sop, id: sopId } }));
    }
    return cache.get(sopId);
  };
}

/** `referral.*`: the referral's record; `dueAt` is the deadline in force (completion once accepted). */
function referralRecord(
  row: PopulationRow,
  day: (instant: string | null | undefined) => string | null,
): Facts {
  const state = row.r_state;
  const due = state?.completionDue ?? state?.responseDue ?? null;
  return {
    id: row.id,
    protocol: row.r_protocol,
    status: row.r_status,
    fromPartner: row.r_from,
    toPartner: row.r_to ?? null,
    toService: row.r_service ?? null,
    sentAt: day(state?.sentAt),
    dueAt: due?.dueDate ?? null,
    respondedAt: day(state?.respondedAt),
    completedAt: day(state?.completedAt),
    declineReason: state?.declineReason ?? null,
    overdue: state ? state.overdue.response || state.overdue.completion : false,
  };
}

/**
 * A builder of facts for rows of `source`'s entity at site-local `today`. Every date fact is a
 * site-local day, `person.registeredAt` included.
 */
export function rowFacts(bundle: SiteBundle, source: PopulationSource, today: string): RowFacts {
  const timeZone = bundle.site.timeZone ?? 'UTC';
  const settings = settingValues(bundle.site);
  const day = (instant: string | null | undefined) =>
    instant === null || instant === undefined ? null : dateInZone(new Date(instant), timeZone);
  const defOf = definitions(bundle);
  const person = (row: PopulationRow): Facts | undefined =>
    row.p_id === null ? undefined : { ...(row.p_data ?? {}), id: row.p_id, registeredAt: day(row.p_created) };
  const caseOf = (row: PopulationRow): Facts | undefined => {
    const def = row.c_sop ? defOf(row.c_sop) : undefined;
    if (def === undefined || !row.c_workflow || !row.c_id) return undefined;
    const external = {
      case: {
        id: row.c_id,
        agency: row.c_agency ?? '',
        ...(row.c_owner ? { owner: row.c_owner } : {}),
        ...(row.c_weight !== null && row.c_weight !== undefined ? { weight: row.c_weight } : {}),
      },
      person: (person(row) ?? {}) as JsonObject,
      // As the runtime passes them: only when the case has referrals.
      ...(row.c_referrals?.length ? { referrals: referralFacts(row.c_referrals, timeZone) } : {}),
    };
    // `today` is the indicator's, not the moment the facts are built.
    return {
      ...caseFactsOf(def, row.c_workflow as unknown as CaseState, `${today}T12:00:00Z`, external),
      today,
    };
  };
  const base = (row: PopulationRow): Facts =>
    caseOf(row) ?? { ...(row.p_id === null ? {} : { person: person(row) }), settings, today };
  switch (source.entity) {
    case 'persons':
      return (row) => ({ person: person(row), settings, today });
    case 'tasks':
      return (row) => ({
        ...base(row),
        task: {
          id: row.id,
          definition: row.t_definition,
          kind: row.t_kind,
          role: row.t_role,
          status: row.t_status,
          dueAt: day(row.t_due),
          completedAt: day(row.t_completed),
          overdue: row.t_overdue,
        },
      });
    case 'submissions':
      return (row) => ({
        ...base(row),
        data: { ...(row.s_data ?? {}), settings, today },
        submission: { id: row.id, form: row.s_form, status: row.s_status, submittedAt: day(row.s_submitted) },
      });
    case 'referrals':
      return (row) => ({ ...base(row), referral: referralRecord(row, day) });
    default:
      return base;
  }
}
