import { appendPointer } from '../../kernel/json-pointer.js';
import type { Options } from '../definition-types.generated.js';
import type { DefinitionReporter } from './definition-reporter.js';

/** Checks an option set: a lookup reference must exist; inline values must be unique. */
export function checkOptionsRef(options: Options | undefined, ptr: string, r: DefinitionReporter): void {
  if (options === undefined) return;
  if (Array.isArray(options)) r.unique(ptr, 'option', options, (o) => (o as { value: unknown }).value);
  else r.ref(appendPointer(ptr, 'lookup'), 'lookup', (options as { lookup: string }).lookup);
}

/** The values of an inline option set, or undefined for a lookup reference (resolved elsewhere). */
export function inlineValues(options: Options | undefined): unknown[] | undefined {
  return Array.isArray(options) ? options.map((o) => o.value) : undefined;
}
