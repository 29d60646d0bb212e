import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from './api-client.js';
import { useI18n } from './i18n.js';

export type Resource<T> = {
  readonly data: T | undefined;
  readonly error: unknown;
  readonly loading: boolean;
  /** Loads again (after a write, or to pick up someone else's change). */
  reload(): Promise<void>;
  /** Replaces the data with what a write returned, without another request. */
  set(data: T): void;
};

/**
 * GETs `path` (nothing while it is `null`) and again whenever it or the language changes: the
 * server explains blocked steps in the user's language, so those answers depend on it.
 */
export function useResource<T>(
  path: string | null,
  options: { sameInEveryLanguage?: boolean } = {},
): Resource<T> {
  const { locale: uiLocale } = useI18n();
  const locale = options.sameInEveryLanguage ? '' : uiLocale;
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({
    data: undefined,
    error: undefined,
    loading: path !== null,
  });
  // Only the latest request may set the state: an older answer arriving late is dropped.
  const latest = useRef(0);
  const load = useCallback(async () => {
    if (path === null) return;
    const request = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    try {
      const data = await api<T>(path);
      if (request === latest.current) setState({ data, error: undefined, loading: false });
    } catch (error) {
      if (request === latest.current) setState((s) => ({ ...s, error, loading: false }));
    }
  }, [path]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the language changes the answers
  useEffect(() => {
    void load();
  }, [load, locale]);
  const set = useCallback((data: T) => setState({ data, error: undefined, loading: false }), []);
  return { ...state, reload: load, set };
}
