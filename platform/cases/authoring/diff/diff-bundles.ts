import type { DefinitionKind } from '../../../definitions/definition-kinds.js';
import type {
  FormDefinition,
  LookupDefinition,
  RuleDefinition,
  SiteDefinition,
  SopDefinition,
} from '../../../definitions/definition-types.generated.js';
import { type BundleContent, bundleDefinitions, type SiteDefinitionEntry } from '../bundle-definitions.js';
import { changedKeys, same } from './by-key.js';
import {
  type Change,
  type ChangeImpact,
  type DefinitionDiff,
  type DiffScope,
  definitionDiff,
  named,
  say,
} from './change.js';
import { diffForm } from './diff-form.js';
import { diffLookup, diffRule } from './diff-rule.js';
import { diffSite } from './diff-site.js';
import { diffSop } from './diff-sop.js';

const KIND_WORD: Readonly<Record<DefinitionKind, string>> = {
  site: 'Site',
  form: 'Form',
  lookup: 'Lookup',
  rule: 'Rule',
  sop: 'Procedure',
  referral: 'Referral protocol',
  service: 'Service',
  indicator: 'Indicator',
};

type Json = Readonly<Record<string, unknown>>;
type KindDiff = (d: DefinitionDiff, id: string, a: Json, b: Json) => string[];

const KIND_DIFFS: Partial<Record<DefinitionKind, KindDiff>> = {
  site: (d, _id, a, b) => diffSite(d, a as unknown as SiteDefinition, b as unknown as SiteDefinition),
  form: (d, id, a, b) => diffForm(d, id, a as unknown as FormDefinition, b as unknown as FormDefinition),
  lookup: (d, id, a, b) =>
    diffLookup(d, id, a as unknown as LookupDefinition, b as unknown as LookupDefinition),
  rule: (d, _id, a, b) => diffRule(d, a as unknown as RuleDefinition, b as unknown as RuleDefinition),
  sop: (d, id, a, b) => diffSop(d, id, a as unknown as SopDefinition, b as unknown as SopDefinition),
};

/** Properties that say what a file is rather than what it defines. */
const FRAMING = ['kind', 'id', 'override', 'extends', 'template', 'title', 'name'];

const nameKey = (json: Json) => ('title' in json ? 'title' : 'name');

/** What removing a whole definition does to running cases, where the database can count it. */
function removalImpact(def: SiteDefinitionEntry): ChangeImpact | undefined {
  if (def.kind === 'sop')
    return {
      query: { type: 'sop', sopId: def.id },
      phrase: ['{n} open case runs under it', '{n} open cases run under it'],
    };
  if (def.kind === 'form' && ((def.json.subject as string | undefined) ?? 'case') === 'case')
    return {
      query: { type: 'facts', uses: [{ form: def.id, path: [] }] },
      phrase: ['filled in {n} open case', 'filled in {n} open cases'],
    };
  return undefined;
}

function diffDefinition(d: DefinitionDiff, old: SiteDefinitionEntry, now: SiteDefinitionEntry): void {
  const key = nameKey(now.json);
  if (!same(old.json[nameKey(old.json)], now.json[key]))
    d.add(
      'definition_renamed',
      `/${key}`,
      `${KIND_WORD[now.kind]} "${now.id}" renamed "${say(d.scope, old.json[nameKey(old.json)], old.id)}" → "${d.name}"`,
    );
  const handled = KIND_DIFFS[now.kind]?.(d, now.id, old.json, now.json) ?? [];
  for (const property of changedKeys(old.json, now.json, [...FRAMING, ...handled]))
    d.add(
      'property_changed',
      `/${property}`,
      `${KIND_WORD[now.kind]} ${named(now.id, d.name)}: ${property} changed`,
      { property },
    );
}

/**
 * The semantic changes from one bundle to another, kind by kind, in domain words with the names
 * localized for `locale`. Changes whose effect on running cases the database can count carry an
 * impact query; `semanticDiff` counts them.
 */
export function diffBundles(from: BundleContent, to: BundleContent, locale: string): Change[] {
  const scope: DiffScope = { from, to, locale, changes: [] };
  const before = bundleDefinitions(from);
  const after = bundleDefinitions(to);
  for (const [key, old] of before) {
    const now = after.get(key);
    const name = say(scope, (now ?? old).json[nameKey((now ?? old).json)], old.id);
    const d = definitionDiff(scope, old.kind, old.id, name);
    if (now !== undefined) diffDefinition(d, old, now);
    else
      d.add(
        'definition_removed',
        '',
        `${KIND_WORD[old.kind]} ${named(old.id, name)} removed`,
        {},
        removalImpact(old),
      );
  }
  for (const [key, now] of after) {
    if (before.has(key)) continue;
    const name = say(scope, now.json[nameKey(now.json)], now.id);
    definitionDiff(scope, now.kind, now.id, name).add(
      'definition_added',
      '',
      `${KIND_WORD[now.kind]} ${named(now.id, name)} added`,
    );
  }
  return scope.changes;
}

/** Every definition of a bundle as added: the diff of a site that does not exist yet. */
export function allAdded(to: BundleContent, locale: string): Change[] {
  const scope: DiffScope = { from: to, to, locale, changes: [] };
  for (const now of bundleDefinitions(to).values()) {
    const name = say(scope, now.json[nameKey(now.json)], now.id);
    definitionDiff(scope, now.kind, now.id, name).add(
      'definition_added',
      '',
      `${KIND_WORD[now.kind]} ${named(now.id, name)} added`,
    );
  }
  return scope.changes;
}
