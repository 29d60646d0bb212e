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
  readonly code: string;
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
    code: string,
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
