import { appendPointer } from '../../kernel/json-pointer.js';
import type { SiteDefinition } from '../definition-types.generated.js';
import type { DefinitionReporter } from './definition-reporter.js';

/** Subtrees holding free-form data, where `{ "setting": … }` is data, not a reference. */
const DATA_KEYS = new Set([
  'facts',
  'data',
  'person',
  'default',
  'expect',
  'tests',
  'scenarios',
  'logic',
  'when',
  'value',
  'allow',
  'eligibility',
  'where',
  'numerator',
  'rule',
  'entry',
  'exit',
]);

/** Checks every `{ "setting": id }` of a definition: the setting exists and holds a number. */
export function linkSettingRefs(
  json: unknown,
  site: SiteDefinition | undefined,
  r: DefinitionReporter,
  ptr = '',
): void {
  if (Array.isArray(json)) {
    json.forEach((item, i) => linkSettingRefs(item, site, r, appendPointer(ptr, i)));
    return;
  }
  if (json === null || typeof json !== 'object') return;
  const record = json as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1 && keys[0] === 'setting' && typeof record.setting === 'string') {
    const setting = site?.settings?.[record.setting];
    if (setting === undefined)
      r.report(
        appendPointer(ptr, 'setting'),
        'unknown-reference',
        `No setting "${record.setting}" in the site.`,
      );
    else if (typeof setting.value !== 'number')
      r.report(
        appendPointer(ptr, 'setting'),
        'type-mismatch',
        `Setting "${record.setting}" is used as a number but holds ${JSON.stringify(setting.value)}.`,
      );
    return;
  }
  for (const [key, value] of Object.entries(record))
    if (!DATA_KEYS.has(key)) linkSettingRefs(value, site, r, appendPointer(ptr, key));
}
