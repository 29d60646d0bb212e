import { useCallback, useEffect, useState } from 'react';
import type { DefinitionKind } from '../../../platform/definitions/definition-kinds.js';
import type { JsonObject } from '../../../platform/kernel/json.js';
import { isStale } from '../api/admin-error.js';
import type { DefinitionRead, LocatedProblem } from '../api/admin-types.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { sameJson } from './json-edit.js';

/** A definition open in the editor: as stored, as being edited, and what can be done with it. */
export type DefinitionDraft = {
  readonly read: DefinitionRead | undefined;
  readonly loadError: unknown;
  /** The JSON being edited (undefined until loaded; null when the draft removes the definition). */
  readonly json: JsonObject | null | undefined;
  readonly dirty: boolean;
  readonly busy: boolean;
  readonly error: unknown;
  /** A save refused because someone else saved a newer draft meanwhile. */
  readonly conflict: boolean;
  readonly savedAt: number | null;
  /** Problems the checker found in this definition after the last load or save. */
  readonly problems: readonly LocatedProblem[] | undefined;
  change(json: JsonObject): void;
  save(): Promise<void>;
  undo(): void;
  discard(): Promise<void>;
  remove(): Promise<void>;
  reload(): Promise<void>;
};

/**
 * Loads a definition (its draft, else as published) and saves edits as its draft with the draft's
 * version (`If-Match`): a draft saved by someone else meanwhile is a conflict, never overwritten.
 */
export function useDefinitionDraft(kind: DefinitionKind, id: string): DefinitionDraft {
  const site = useAdminSite();
  const [read, setRead] = useState<DefinitionRead>();
  const [loadError, setLoadError] = useState<unknown>();
  const [json, setJson] = useState<JsonObject | null>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [conflict, setConflict] = useState(false);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [problems, setProblems] = useState<readonly LocatedProblem[]>();
  const stored = read === undefined ? undefined : read.draft ? read.draft.json : read.published;
  const { api } = site;
  const check = useCallback(async () => {
    const report = await api.check().catch(() => undefined);
    setProblems(report?.problems.filter((p) => p.kind === kind && p.definitionId === id));
  }, [api, kind, id]);
  const reload = useCallback(async () => {
    try {
      const next = await api.read(kind, id);
      setRead(next);
      setJson(next.draft ? next.draft.json : next.published);
      setLoadError(undefined);
      setConflict(false);
      setError(undefined);
      if (next.draft) void check();
    } catch (e) {
      setLoadError(e);
    }
  }, [api, kind, id, check]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      if (isStale(e)) setConflict(true);
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const version = read?.draft?.version ?? null;
  return {
    read,
    loadError,
    json,
    dirty: json !== undefined && stored !== undefined && !sameJson(json, stored),
    busy,
    error,
    conflict,
    savedAt,
    problems,
    change: (next) => {
      setJson(next);
      setSavedAt(null);
    },
    undo: () => setJson(stored),
    save: () =>
      act(async () => {
        if (json === undefined || json === null || read === undefined) return;
        const { draft } = await api.save(kind, id, json, version);
        setRead({ ...read, draft });
        site.noteDraft(kind, id, draft.json);
        setSavedAt(Date.now());
        await check();
      }),
    discard: () =>
      act(async () => {
        await api.discard(kind, id, version);
        site.noteDraft(kind, id, undefined);
        setProblems(undefined);
        await reload();
      }),
    remove: () =>
      act(async () => {
        const { draft } = await api.remove(kind, id, version);
        if (read) setRead({ ...read, draft });
        setJson(null);
        site.noteDraft(kind, id, null);
        await check();
      }),
    reload,
  };
}
