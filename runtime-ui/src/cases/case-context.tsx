import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { SopDefinition } from '../../../platform/definitions/definition-types.generated.js';
import { ApiError, api } from '../common/api-client.js';
import type { CaseView, HistoryItem } from '../common/api-types.js';
import type { Resource } from '../common/use-resource.js';
import { sopOf } from '../site/definitions.js';
import { useSite } from '../site/site-context.js';
import { useCaseHistory } from './use-case-history.js';

type CaseContextValue = {
  readonly view: CaseView;
  readonly sop: SopDefinition | undefined;
  /** `/api/sites/<site>/cases/<id>` */
  readonly base: string;
  /** The case's history (loaded after the case; again after every change). */
  readonly history: { readonly items?: HistoryItem[]; readonly error?: unknown };
  readonly busy: boolean;
  /** What the last action ran into (a refusal with reasons, a stale version …), until the next one. */
  readonly error: unknown;
  /** Runs a case action (`{ type: 'advance', to }` …) against the version on screen; true when done. */
  act(action: Readonly<Record<string, unknown>>): Promise<boolean>;
  reload(): Promise<void>;
  clearError(): void;
};

const CaseContext = createContext<CaseContextValue | undefined>(undefined);

/** The case on screen and the actions on it; every write sends the version the user saw. */
export function CaseProvider({ resource, children }: { resource: Resource<CaseView>; children: ReactNode }) {
  const site = useSite();
  const view = resource.data as CaseView;
  const base = `/api/sites/${encodeURIComponent(site.id)}/cases/${encodeURIComponent(view.case.id)}`;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const { set, reload } = resource;
  const version = view.case.version;
  // Team changes leave the case's version as it is, but not its history.
  const history = useCaseHistory(base, `${version}|${view.team.map((m) => m.userId).join(',')}`);
  const act = useCallback(
    async (action: Readonly<Record<string, unknown>>) => {
      setBusy(true);
      setError(undefined);
      try {
        const answer = await api<{ case: CaseView }>(`${base}/actions`, { body: { ...action, version } });
        set(answer.case);
        return true;
      } catch (e) {
        setError(e);
        // Someone else changed the case: show what it is now (never overwrite), and say so.
        if (e instanceof ApiError && e.problem.code === 'stale_version') await reload();
        return false;
      } finally {
        setBusy(false);
      }
    },
    [base, version, set, reload],
  );
  const value = useMemo<CaseContextValue>(
    () => ({
      view,
      sop: sopOf(site.bundle, view.case.sopId),
      base,
      history,
      busy,
      error,
      act,
      reload,
      clearError: () => setError(undefined),
    }),
    [view, site.bundle, base, history, busy, error, act, reload],
  );
  return <CaseContext.Provider value={value}>{children}</CaseContext.Provider>;
}

export function useCase(): CaseContextValue {
  const value = useContext(CaseContext);
  if (value === undefined) throw new Error('useCase outside CaseProvider');
  return value;
}
