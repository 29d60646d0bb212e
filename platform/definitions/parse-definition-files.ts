import { type DefinitionKind, isDefinitionKind } from './definition-kinds.js';
import { type Problem, problem } from './problem.js';
import type { SourceFile } from './site-source.js';

/** One parsed definition file: its kind and id (from the file name) and its JSON. */
export type ParsedDefinition = {
  readonly kind: DefinitionKind;
  readonly id: string;
  readonly file: string;
  readonly json: Record<string, unknown>;
};

const FILE_NAME = /^([a-z][a-z0-9]*(?:[_-][a-z0-9]+)*)\.([a-z]+)\.json$/;

/** Where in the text a JSON.parse error happened, as "line L, column C". */
function parseErrorPosition(text: string, message: string): string {
  const match = /position (\d+)/.exec(message);
  if (!match) return '';
  const offset = Number(match[1]);
  const before = text.slice(0, offset).split('\n');
  return ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/**
 * Parses every file, checking the `<id>.<kind>.json` naming and that the `kind` and `id` inside
 * agree with the name. Files that are not `.json` are ignored (a site folder may hold a README).
 */
export function parseDefinitionFiles(files: readonly SourceFile[]): {
  definitions: ParsedDefinition[];
  problems: Problem[];
} {
  const definitions: ParsedDefinition[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const baseName = file.path.split('/').at(-1) ?? file.path;
    if (!baseName.endsWith('.json')) continue;
    const match = FILE_NAME.exec(baseName);
    const kind = match?.[2];
    if (!match || kind === undefined || !isDefinitionKind(kind)) {
      problems.push(
        problem(
          file.path,
          '',
          'file-name',
          `"${baseName}" is not named <id>.<kind>.json with kind one of site, form, lookup, rule, sop, referral, service, indicator.`,
        ),
      );
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(file.text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      problems.push(
        problem(
          file.path,
          '',
          'json-parse',
          `Invalid JSON${parseErrorPosition(file.text, message)}: ${message}`,
        ),
      );
      continue;
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
      problems.push(problem(file.path, '', 'schema', 'A definition file must hold one JSON object.'));
      continue;
    }
    const id = match[1] as string;
    const record = json as Record<string, unknown>;
    if (record.kind !== kind)
      problems.push(
        problem(
          file.path,
          '/kind',
          'id-mismatch',
          `The file name says kind "${kind}" but the file says ${JSON.stringify(record.kind)}.`,
        ),
      );
    if (record.id !== id)
      problems.push(
        problem(
          file.path,
          '/id',
          'id-mismatch',
          `The file name says id "${id}" but the file says ${JSON.stringify(record.id)}.`,
        ),
      );
    definitions.push({ kind, id, file: file.path, json: record });
  }
  return { definitions, problems };
}
