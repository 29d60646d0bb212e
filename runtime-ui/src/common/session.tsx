import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { ApiError, api, onSessionEnded, setCsrfToken } from './api-client.js';
import { useI18n } from './i18n.js';
import { isUiLocale, type UiLocale } from './ui-locales.js';

export type Membership = {
  readonly id: string;
  readonly siteId: string;
  readonly partnerId: string;
  readonly roleId: string;
};

export type SessionView = {
  readonly user: {
    readonly id: string;
    readonly username: string;
    readonly displayName: string;
    readonly locale: string;
  };
  readonly memberships: readonly Membership[];
  readonly csrfToken: string | null;
  readonly currentMembershipId: string | null;
};

type Session = {
  readonly view: SessionView | null;
  readonly loading: boolean;
  /** The session ended by itself (expired, signed out elsewhere): the sign-in page says so. */
  readonly ended: boolean;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  switchMembership(id: string): Promise<void>;
  /** Changes the interface language, on the account too when signed in (server texts follow it). */
  changeLocale(locale: UiLocale): Promise<void>;
};

const SessionContext = createContext<Session | undefined>(undefined);

// A language picked on the sign-in page, before we know whose account it is.
const PICKED_BEFORE_SIGN_IN = 'pathway.locale.beforeSignIn';

function remember(view: SessionView | null): SessionView | null {
  setCsrfToken(view?.csrfToken ?? null);
  return view;
}

/** Holds the signed-in user (from `GET /api/auth/me`) and the sign-in, sign-out and switch actions. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { locale, setLocale } = useI18n();
  const [view, setView] = useState<SessionView | null>(null);
  const [loading, setLoading] = useState(true);
  const [ended, setEnded] = useState(false);
  useEffect(() => {
    onSessionEnded(() => {
      setView(remember(null));
      setEnded(true);
    });
    return () => onSessionEnded(null);
  }, []);
  // The account's language wins, unless one was picked on the sign-in page: then the account adopts it.
  const settle = useCallback(
    async (v: SessionView) => {
      setEnded(false);
      const picked = sessionStorage.getItem(PICKED_BEFORE_SIGN_IN);
      sessionStorage.removeItem(PICKED_BEFORE_SIGN_IN);
      if (picked !== null && isUiLocale(picked) && picked !== v.user.locale) {
        const updated = remember(
          await api<SessionView>('/api/auth/locale', { method: 'PUT', body: { locale: picked } }),
        );
        setView(updated);
        return;
      }
      if (isUiLocale(v.user.locale)) setLocale(v.user.locale);
      setEnded(false);
      setView(v);
    },
    [setLocale],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, at start
  useEffect(() => {
    api<SessionView>('/api/auth/me')
      .then((v) => settle(remember(v) as SessionView))
      .catch((error: unknown) => {
        if (!(error instanceof ApiError) || error.problem.status !== 401) console.error(error);
      })
      .finally(() => setLoading(false));
  }, []);
  const signIn = useCallback(
    async (username: string, password: string) => {
      await settle(
        remember(await api<SessionView>('/api/auth/login', { body: { username, password } })) as SessionView,
      );
    },
    [settle],
  );
  const signOut = useCallback(async () => {
    await api('/api/auth/logout', { method: 'POST', body: {} });
    setView(remember(null));
  }, []);
  const switchMembership = useCallback(async (membershipId: string) => {
    setView(remember(await api<SessionView>('/api/auth/context', { method: 'PUT', body: { membershipId } })));
  }, []);
  const changeLocale = useCallback(
    async (next: UiLocale) => {
      if (next === locale) return;
      if (view === null) sessionStorage.setItem(PICKED_BEFORE_SIGN_IN, next);
      else
        setView(
          remember(await api<SessionView>('/api/auth/locale', { method: 'PUT', body: { locale: next } })),
        );
      setLocale(next);
    },
    [locale, setLocale, view],
  );
  return (
    <SessionContext.Provider
      value={{ view, loading, ended, signIn, signOut, switchMembership, changeLocale }}
    >
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (value === undefined) throw new Error('useSession outside SessionProvider');
  return value;
}
