/**
 * Types of the JSON Logic → PostgreSQL compiler. A compiled value carries what SQL type holds it
 * and what SQL NULL means there, because JSON Logic has no three-valued logic and SQL does.
 */

/** How the caller's SQL reaches the value of a `var` path. */
export type SqlVarTarget =
  /** A jsonb expression, optionally followed by object keys (`p.data` + `["birthDate"]`). */
  | { readonly sql: string; readonly jsonPath?: readonly string[] }
  /** A typed column; SQL NULL is a missing value. */
  | { readonly sql: string; readonly type: 'text' | 'numeric' | 'boolean' | 'date' | 'jsonb' };

export type SqlContext = {
  /** Maps a root-level `var` path to SQL, or undefined when it cannot (the rule is then unsupported). */
  readonly resolveVar: (path: string) => SqlVarTarget | undefined;
  /** The number of the first parameter (`$1` by default), to append to a larger query. */
  readonly paramStart?: number;
  /** The `today` fact (`YYYY-MM-DD`), for `age_years` without an as-of date and for `{"var": "today"}`. */
  readonly today?: string;
  /** Lookup options by lookup id, for `in_lookup`. */
  readonly lookups?: Readonly<Record<string, readonly { value: unknown; parent?: unknown }[]>>;
  /** Named rules' logic by rule id, for `rule`. */
  readonly rules?: Readonly<Record<string, unknown>>;
};

/**
 * `sql` is a boolean expression: TRUE where the rule's value is truthy, FALSE where it is falsy,
 * and NULL where exotic data (numeric text beyond double range, text with characters outside the
 * Basic Multilingual Plane in an ordering, …) keeps SQL from deciding exactly — evaluate those
 * rows in process. `params` are text values for `$n` placeholders (the SQL casts them).
 */
export type SqlResult =
  | { readonly ok: true; readonly sql: string; readonly params: readonly (string | null)[] }
  | { readonly ok: false; readonly unsupported: readonly string[] };

/**
 * A compiled value. SQL NULL means: `json`, `numn`, `textn`, `booln` — JavaScript null (missing);
 * `num`, `text`, `bool` — "undecided" (see {@link SqlResult}); `lit` — a value known when compiling.
 */
export type SqlValue =
  | { readonly kind: 'json'; readonly sql: string; readonly text?: string; readonly ref?: string }
  | { readonly kind: 'num' | 'numn'; readonly sql: string; readonly notNaN?: boolean; readonly age?: AgeOf }
  | { readonly kind: 'text' | 'textn' | 'bool' | 'booln'; readonly sql: string }
  | { readonly kind: 'lit'; readonly value: null | boolean | number | string };

/** An `age_years` of a date text as of a literal date, kept so comparisons can become date comparisons. */
export type AgeOf = {
  readonly dob: string;
  readonly valid: string;
  readonly year: number;
  readonly monthDay: string;
};

/** Raised inside the compiler when a node cannot be expressed exactly; collected into `unsupported`. */
export class Unsupported extends Error {
  constructor(readonly what: string) {
    super(what);
  }
}
