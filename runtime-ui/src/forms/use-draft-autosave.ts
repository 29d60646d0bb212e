import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../common/api-client.js';
import type { Submission } from '../common/api-types.js';
import { dataPointer } from './field-ids.js';
import type { EngineFormState } from './use-engine-form.js';

export type DraftStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: Date }
  | { readonly kind: 'failed' };

const AUTOSAVE_AFTER_MS = 2000;

/**
 * Keeps the user's draft on the server: two seconds after the last change, and on demand. The
 * draft's version guards against two tabs overwriting each other.
 */
export function useDraftAutosave(
  draftsPath: string,
  form: EngineFormState,
  initialVersion: number | undefined,
): { status: DraftStatus; saveNow(): Promise<void> } {
  const [status, setStatus] = useState<DraftStatus>({ kind: 'idle' });
  const version = useRef(initialVersion);
  const latest = useRef(form.ef.data);
  latest.current = form.ef.data;
  const { markSaved, setServerErrors } = form;
  const saveNow = useCallback(async () => {
    const data = latest.current;
    setStatus({ kind: 'saving' });
    try {
      const { draft } = await api<{ draft: Submission }>(draftsPath, {
        method: 'PUT',
        body: { data, ...(version.current === undefined ? {} : { version: version.current }) },
      });
      version.current = draft.version;
      if (latest.current === data) markSaved();
      setStatus({ kind: 'saved', at: new Date() });
    } catch (error) {
      // Malformed answers (wrong type, too long) are shown beside their fields.
      if (error instanceof ApiError && error.problem.errors)
        setServerErrors(
          error.problem.errors.map((e) => ({ ...e, pointer: dataPointer(e.pointer) })),
          false,
        );
      setStatus({ kind: 'failed' });
    }
  }, [draftsPath, markSaved, setServerErrors]);
  const { dirty } = form;
  const data = form.ef.data;
  // biome-ignore lint/correctness/useExhaustiveDependencies: every change of the answers restarts the timer
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => void saveNow(), AUTOSAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [dirty, data, saveNow]);
  return { status, saveNow };
}
