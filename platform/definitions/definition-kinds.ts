/** The kinds of definition file a site folder holds; a file is named `<id>.<kind>.json`. */
export const DEFINITION_KINDS = [
  'site',
  'form',
  'lookup',
  'rule',
  'sop',
  'referral',
  'service',
  'indicator',
] as const;

export type DefinitionKind = (typeof DEFINITION_KINDS)[number];

export function isDefinitionKind(value: string): value is DefinitionKind {
  return (DEFINITION_KINDS as readonly string[]).includes(value);
}
