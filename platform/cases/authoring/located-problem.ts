import { type DefinitionKind, isDefinitionKind } from '../../definitions/definition-kinds.js';
import type { Problem } from '../../definitions/problem.js';

/** A checker problem with the definition its file holds, so the admin UI can link to the field. */
export type LocatedProblem = Problem & {
  readonly kind: DefinitionKind | null;
  readonly definitionId: string | null;
};

const FILE_NAME = /^(.+)\.([a-z]+)\.json$/;

/** The kind and id a definition file is named for (`<id>.<kind>.json`), if it is. */
export function definitionOfFile(path: string): { kind: DefinitionKind; id: string } | undefined {
  const match = FILE_NAME.exec(path.split('/').at(-1) ?? path);
  const kind = match?.[2];
  return match?.[1] !== undefined && kind !== undefined && isDefinitionKind(kind)
    ? { kind, id: match[1] }
    : undefined;
}

/** A problem with the kind and id of the definition whose file it is in. */
export function locateProblem(problem: Problem): LocatedProblem {
  const def = definitionOfFile(problem.file);
  return { ...problem, kind: def?.kind ?? null, definitionId: def?.id ?? null };
}
