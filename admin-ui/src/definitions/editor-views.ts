import type { DefinitionKind } from '../../../platform/definitions/definition-kinds.js';

/** The ways a definition can be edited: a purpose-built view first, then the generic ones. */
export type EditorView =
  | 'design'
  | 'rule'
  | 'diagram'
  | 'options'
  | 'protocol'
  | 'service'
  | 'settings'
  | 'form'
  | 'json'
  | 'translations';

const PURPOSE_BUILT: Readonly<Record<DefinitionKind, EditorView | undefined>> = {
  form: 'design',
  rule: 'rule',
  sop: 'diagram',
  lookup: 'options',
  referral: 'protocol',
  service: 'service',
  site: 'settings',
  indicator: undefined,
};

/** The views of a kind, in tab order. */
export function viewsOf(kind: DefinitionKind): EditorView[] {
  const special = PURPOSE_BUILT[kind];
  return [...(special ? [special] : []), 'form', 'json', 'translations'];
}

/** The view a path asks for; a pointer (from a checker problem) opens the generic form at it. */
export function viewFor(kind: DefinitionKind, asked: string | null, pointer: string | null): EditorView {
  const views = viewsOf(kind);
  if (asked !== null && (views as string[]).includes(asked)) return asked as EditorView;
  if (pointer !== null && pointer !== '') return 'form';
  return views[0] as EditorView;
}
