import type { DefinitionKind } from '../../../definitions/definition-kinds.js';
import type { JsonValue } from '../../../kernel/json.js';
import { type LocalizedText, localize } from '../../../kernel/localized-text.js';
import type { ImpactQuery } from '../authoring-store.js';
import type { BundleContent } from '../bundle-definitions.js';

/** What the live database can count about a change, and how to say the count. */
export type ChangeImpact = {
  readonly query: ImpactQuery;
  /** English phrase with `{n}`: [for one, for several]. */
  readonly phrase: readonly [string, string];
};

/**
 * Every code the semantic diff emits, so that a UI phrasing changes in its own language can be
 * checked to know them all (`admin-ui/src/changes/change-phrases.ts`). A code not listed here does
 * not compile.
 */
export const CHANGE_CODES = [
  'definition_added',
  'definition_removed',
  'definition_renamed',
  'property_changed',
  // forms
  'field_added',
  'field_removed',
  'field_renamed_candidate',
  'field_type_changed',
  'field_required_changed',
  'field_relabelled',
  'field_changed',
  'form_rule_added',
  'form_rule_removed',
  'form_rule_changed',
  // options of fields, lookups and closure reasons
  'option_added',
  'option_removed',
  'option_relabelled',
  'option_deprecated',
  'option_undeprecated',
  'options_source_changed',
  // rules
  'logic_changed',
  'tests_changed',
  // the site
  'locale_added',
  'locale_removed',
  'partner_added',
  'partner_removed',
  'partner_changed',
  'role_added',
  'role_removed',
  'role_permissions_changed',
  'role_changed',
  'setting_added',
  'setting_removed',
  'setting_changed',
  'setting_documented',
  // procedures (SOPs)
  'initial_stage_changed',
  'stage_added',
  'stage_removed',
  'stage_renamed',
  'stage_changed',
  'transition_added',
  'transition_removed',
  'transition_changed',
  'task_added',
  'task_removed',
  'task_changed',
  'deadline_changed',
  'approval_added',
  'approval_removed',
  'approval_changed',
  'review_added',
  'review_removed',
  'review_changed',
  'review_interval_changed',
  'closure_changed',
  'milestone_added',
  'milestone_removed',
  'milestone_changed',
  'scenarios_changed',
] as const;

/** A code of the semantic diff: what kind of change it is, for a UI to phrase. */
export type ChangeCode = (typeof CHANGE_CODES)[number];

/**
 * One semantic change between two versions of a site, in domain words: "field `disability_group`
 * added to Needs assessment". `code` and `params` let a UI phrase it in its own language; `text` is
 * the English sentence with the names localized; `pointer` locates it in the definition (the new
 * one, or the old one for removals).
 */
export type Change = {
  readonly kind: DefinitionKind;
  readonly definitionId: string;
  /** The definition's localized name. */
  readonly definition: string;
  readonly code: ChangeCode;
  readonly pointer: string;
  readonly params: Readonly<Record<string, JsonValue>>;
  readonly text: string;
  readonly impact?: ChangeImpact;
};

/** A change with its impact counted, as the diff endpoints return it. */
export type CountedChange = Omit<Change, 'impact'> & {
  readonly impact: ImpactQuery | null;
  /** Open cases (or tasks, memberships) affected; null when the database cannot say. */
  readonly affected: number | null;
};

/** The two versions being compared and where changes are collected. */
export type DiffScope = {
  readonly from: BundleContent;
  readonly to: BundleContent;
  readonly locale: string;
  readonly changes: Change[];
};

/** Localizes a text of either version for the reader. */
export function say(scope: DiffScope, text: unknown, fallback: string): string {
  if (text === null || typeof text !== 'object') return typeof text === 'string' ? text : fallback;
  const value = localize(text as LocalizedText, scope.locale, [scope.to.site.defaultLocale, 'en']);
  return value === '' ? fallback : value;
}

/** `"id" (Name)`, or just `"id"` when the name adds nothing. */
export function named(id: string, name: string): string {
  return name === '' || name === id ? `"${id}"` : `"${id}" (${name})`;
}

/** Records changes of one definition. */
export type DefinitionDiff = {
  add(
    code: ChangeCode,
    pointer: string,
    text: string,
    params?: Readonly<Record<string, JsonValue>>,
    impact?: ChangeImpact,
  ): void;
  readonly scope: DiffScope;
  readonly name: string;
};

/** Where changes of one definition are recorded, with its localized name. */
export function definitionDiff(
  scope: DiffScope,
  kind: DefinitionKind,
  definitionId: string,
  name: string,
): DefinitionDiff {
  return {
    scope,
    name,
    add(code, pointer, text, params = {}, impact) {
      scope.changes.push({
        kind,
        definitionId,
        definition: name,
        code,
        pointer,
        params,
        text,
        ...(impact ? { impact } : {}),
      });
    },
  };
}
