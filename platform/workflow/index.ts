/**
 * The SOP engine: a case's workflow as a pure function of its definition, its state, an event and
 * the time. `step` applies events, `tick` is the scheduler, `availableActions` and
 * `explainRefusal` tell the UI what is possible and why not; the caseload helpers weigh cases and
 * check caps; the scenario runner executes the tests an SOP carries.
 */
export { type AllocationCheck, checkAllocation } from './allocation-check.js';
export { type AvailableAction, availableActions } from './available-actions.js';
export { type BlockReason, baseCode } from './block-reason.js';
export { caseFactsOf } from './case-facts-of.js';
export type {
  Actor,
  ApprovalState,
  ApprovalStatus,
  CaseState,
  CaseStatus,
  Deadline,
  ReviewSchedule,
  ScheduledTask,
  SubmittedForm,
  TaskInstance,
  TaskKind,
  TaskStatus,
} from './case-state.js';
export {
  type CapLimits,
  type CaseLoadItem,
  type CaseWeight,
  capsFor,
  caseWeight,
  caseWeightOf,
  type WorkerLoad,
  workerLoad,
} from './caseload.js';
export { deadlineAfter, deadlineOn, instantAfter } from './deadlines.js';
export type { CancelCause, Effect, EffectType, NotificationTopic, Recipient } from './effects.js';
export { type ExplainOptions, explainBlocked, explainRefusal } from './explain-blocked.js';
export type { ExternalFacts, ReferralSummary } from './external-facts.js';
export { nextWakeUp } from './next-wake-up.js';
export { PHRASE_LOCALES } from './phrases/index.js';
export {
  DEFAULT_SCENARIO_START,
  runScenario,
  type ScenarioOptions,
  type ScenarioResult,
  type ScenarioStepResult,
} from './run-scenario.js';
export {
  formatScenarioReport,
  runAllScenarios,
  runSiteScenarios,
  type SiteScenarioReport,
} from './run-site-scenarios.js';
export { type StepResult, step, tick } from './step.js';
export {
  type SummaryCase,
  type SummaryTask,
  type SummaryWorker,
  supervisorSummary,
  type WorkerSummary,
} from './supervisor-summary.js';
export {
  type TaskIdGenerator,
  type WorkflowDefinition,
  type WorkflowOptions,
  workflowDefinition,
} from './workflow-definition.js';
export type { WorkflowEvent, WorkflowEventType } from './workflow-event.js';
