import type { WorkingCalendar } from '../kernel/working-calendar.js';

/** One option of a lookup, as far as the rules engine needs it. */
export type LookupOption = {
  readonly value: unknown;
  readonly parent?: unknown;
  readonly deprecated?: boolean;
};

/** Limits that keep a hostile or mistaken rule from exhausting the process. */
export type RuleLimits = {
  /** Deepest nesting of the rule's JSON (default 64). */
  readonly maxDepth?: number;
  /** Most JSON values in one rule (default 20,000). */
  readonly maxNodes?: number;
  /** Most work units in one evaluation: items visited by array operators, days walked by calendar operators, and elements produced by `merge`/`cat` (default 1,000,000). */
  readonly maxIterations?: number;
};

/** How an evaluator is set up: the site's calendar, lookups and named rules, and its limits. */
export type EvaluatorOptions = {
  /** The site's working calendar; default Monday–Friday with no holidays. */
  calendar?: WorkingCalendar;
  /** Lookup options by lookup id, for `in_lookup`. */
  lookups?: Readonly<Record<string, readonly LookupOption[]>>;
  /** Named rules' logic by rule id, for the `rule` operator. */
  rules?: Readonly<Record<string, unknown>>;
  limits?: { maxDepth?: number; maxNodes?: number; maxIterations?: number };
};

/**
 * One evaluated node of a rule. `passed` is set where the node's value is used as a condition;
 * `skipped` marks arguments that short-circuiting left unevaluated; `item` is the array index for
 * the per-item evaluations of array operators.
 */
export type TraceNode = {
  op: string;
  value: unknown;
  passed?: boolean;
  args: TraceNode[];
  /** The `var` path, for `var` nodes. */
  path?: string;
  skipped?: boolean;
  item?: number;
};

export type Explanation = { value: unknown; trace: TraceNode };

/** A rule compiled once for repeated evaluation; same results as the interpreter. */
export type CompiledRule = (facts: unknown) => unknown;

export type Evaluator = {
  /** Evaluates `logic` on `facts` with the interpreter. */
  evaluate(logic: unknown, facts: unknown): unknown;
  /** Evaluates with the interpreter and records why: every evaluated sub-condition with its value. */
  explain(logic: unknown, facts: unknown): Explanation;
  /** Compiles `logic` into a fast evaluator; cached per logic object (identity). */
  compile(logic: unknown): CompiledRule;
};

/** One human-readable line of an explanation. */
export type TraceLine = { text: string; passed?: boolean; depth: number };
