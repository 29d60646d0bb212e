import type { FieldPathList } from '@rjsf/utils';

/** What the generic editor's templates share: where a checker problem points, to open and show it. */
export type EditorContext = { readonly focus: string | null };

/** The JSON pointer of an rjsf field path (`['stages', 0, 'name']` → `/stages/0/name`). */
export const pointerOfPath = (path: FieldPathList): string =>
  path.map((step) => `/${String(step).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** Whether the focus pointer lies inside (or is) the field at `pointer`. */
export const leadsInto = (focus: string | null, pointer: string): boolean =>
  focus !== null && (focus === pointer || focus.startsWith(`${pointer}/`));

/** rjsf ids of the generic editor are `def` + the JSON pointer, so a problem's pointer names its input. */
export const ID_PREFIX = 'def';
export const ID_SEPARATOR = '/';
export const idOfPointer = (pointer: string) => `${ID_PREFIX}${pointer}`;
