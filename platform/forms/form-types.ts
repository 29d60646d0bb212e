import type { SiteBundle } from '../definitions/site-bundle.js';
import type { JsonObject } from '../kernel/json.js';

/** A JSON Schema (draft 2020-12) document or subschema, as plain data. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** A react-jsonschema-form ui schema, as plain data (JSON, no functions). */
export type UiSchema = { readonly [key: string]: unknown };

/** One problem with one value of the data: an RFC 6901 pointer into it, a stable code and a localized message. */
export type FieldError = {
  /** Where: `/steps/2/status`; `''` for the form as a whole. */
  readonly pointer: string;
  /** What: `required`, `type`, `format`, `option`, `option_not_allowed`, `rule:<rule-id>` … (see README.md). */
  readonly code: string;
  /** The message in the requested locale. */
  readonly message: string;
};

/** What the forms engine needs to apply a form: the site, the form, the data and the moment. */
export type FormInput = {
  readonly bundle: SiteBundle;
  readonly formId: string;
  /** The current data (not modified). A value that is not an object is treated as an empty form. */
  readonly data: unknown;
  /** BCP 47 locale of the messages and labels; falls back to its language, the site's default locale, `en`. */
  readonly locale: string;
  /** Today's date (`YYYY-MM-DD`) in the site's zone: the `today` fact of the rules. */
  readonly today: string;
  /** Values overriding the site's named settings (the `settings` facts), by setting id. */
  readonly settings?: Readonly<Record<string, unknown>>;
};

/** A heading of the form, for the UI's object template (see README.md, "Sections"). */
export type FormSection = {
  readonly id: string;
  readonly title?: string;
  readonly description?: string;
  /** Top-level field names in display order; hidden fields are listed too (render only those present). */
  readonly fields: readonly string[];
};

/** The form as it is right now: what react-jsonschema-form renders, and what the rules decided. */
export type EffectiveForm = {
  /** JSON Schema (2020-12) of the form for the current data, localized. */
  readonly schema: JsonSchema;
  /** The ui schema: order, sections, widgets, placeholders, help (the same object for every call). */
  readonly uiSchema: UiSchema;
  /** The data after the rules: hidden fields removed, calculated values filled. Render this. */
  readonly data: JsonObject;
  /** Everything that would block a submission of `data` (the same list `validateSubmission` returns). */
  readonly errors: readonly FieldError[];
  readonly warnings: readonly FieldError[];
  /** Pointers of fields that `show` rules hide. */
  readonly hidden: readonly string[];
  /** Pointers of fields that must be filled now (always-required and required by `require` rules). */
  readonly required: readonly string[];
  /** Pointers of fields shown but not editable (`readOnly`, `readonly` rules, calculated). */
  readonly readonly: readonly string[];
};

/** The verdict on a submission (or a draft). */
export type SubmissionResult = {
  /** Whether it may be stored: no errors. */
  readonly ok: boolean;
  /** The data to store: hidden fields dropped, calculated values recomputed. */
  readonly data: JsonObject;
  readonly errors: readonly FieldError[];
  readonly warnings: readonly FieldError[];
};

/** One line of a printable or read-only view of submitted data. */
export type ReadoutLine = {
  readonly pointer: string;
  /** Nesting level: 0 for top-level fields, 1 inside a group or repeat item, … */
  readonly depth: number;
  readonly label: string;
  /** The value as text; `''` for a heading line (a group or a repeat item). */
  readonly value: string;
};
