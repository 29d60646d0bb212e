import { pointer } from '../../../platform/kernel/json-pointer.js';

/**
 * rjsf ids of fields are built with `.` between the steps (`root.steps.0.due`): field names are
 * letters, digits and underscores, so the id maps back to the data pointer without ambiguity.
 */
export const ID_PREFIX = 'root';
export const ID_SEPARATOR = '.';

/** The data pointer of a field id (`root.steps.0.due` → `/steps/0/due`); option suffixes dropped. */
export function pointerOfId(id: string): string {
  const steps = id.split(ID_SEPARATOR);
  if (steps[0] === ID_PREFIX) steps.shift();
  const last = steps.length - 1;
  // Radio and checkbox inputs carry `-<index>` after their field's id.
  if (last >= 0) steps[last] = (steps[last] as string).replace(/-\d+$/, '');
  return pointer(...steps.filter((s) => s !== ''));
}

/** A pointer of the API (`/data/steps/0/due`) as a pointer into the form data (`/steps/0/due`). */
export function dataPointer(apiPointer: string): string {
  if (apiPointer === '/data') return '';
  return apiPointer.startsWith('/data/') ? apiPointer.slice(5) : apiPointer;
}

/** Whether `ptr` is `ancestor` or inside it. */
export function isWithin(ptr: string, ancestor: string): boolean {
  return ptr === ancestor || ptr.startsWith(`${ancestor}/`);
}
